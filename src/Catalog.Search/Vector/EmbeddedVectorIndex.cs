using System.Numerics.Tensors;
using Catalog.Search.Retrieval;

namespace Catalog.Search.Vector;

/// <summary>
/// Nearest-neighbour search in process: every title's unit vector in one contiguous array, filters
/// tested before a vector is scored. A first pass scores everything with byte-quantized vectors
/// (SIMD, a quarter of the memory traffic), then the best candidates, eight per wanted result
/// and at least 400, are rescored with the exact float dot product (TensorPrimitives). Readers
/// never lock: writes build a new snapshot and swap it in, which suits a catalog that changes
/// far less often than it is searched.
/// </summary>
public sealed class EmbeddedVectorIndex(int dimension) : IVectorIndex
{
    private readonly Lock _writeLock = new();
    private volatile Snapshot _snapshot = new(dimension, [], []);

    public int Dimension => dimension;

    public int Count => _snapshot.Documents.Length;

    public Task UpsertAsync(IReadOnlyList<VectorRecord> records, CancellationToken ct = default)
    {
        foreach (var record in records.Where(r => r.Vector.Length != dimension))
        {
            throw new ArgumentException($"Title {record.Document.TitleId} has a vector of {record.Vector.Length} values; the index holds {dimension}.", nameof(records));
        }

        lock (_writeLock)
        {
            var replaced = records.Select(r => r.Document.TitleId).ToHashSet();
            var kept = _snapshot.Rows().Where(row => !replaced.Contains(row.Document.TitleId));
            var latest = records.GroupBy(r => r.Document.TitleId).Select(g => (g.Last().Document, g.Last().Vector));
            _snapshot = Snapshot.Build(dimension, kept.Concat(latest).ToList());
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyList<long> titleIds, CancellationToken ct = default)
    {
        lock (_writeLock)
        {
            var removed = titleIds.ToHashSet();
            _snapshot = Snapshot.Build(dimension, _snapshot.Rows().Where(row => !removed.Contains(row.Document.TitleId)).ToList());
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ScoredTitle>> SearchAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken ct = default)
    {
        if (vector.Length != dimension)
        {
            throw new ArgumentException($"The query vector has {vector.Length} values; the index holds {dimension}.", nameof(vector));
        }

        var snapshot = _snapshot;
        var candidates = ShortList(snapshot, vector.Span, filter, Math.Max(limit * RescoreFactor, MinRescore));

        // The byte scores chose the candidates; the exact float scores order them.
        var query = vector.Span;
        var rescored = new List<ScoredTitle>(candidates.Length);
        foreach (var i in candidates)
        {
            rescored.Add(new ScoredTitle(snapshot.Documents[i].TitleId, TensorPrimitives.Dot(query, snapshot.Vectors.AsSpan(i * dimension, dimension))));
        }

        var results = rescored.OrderByDescending(r => r.Score).Take(limit).ToList();
        return Task.FromResult<IReadOnlyList<ScoredTitle>>(results);
    }

    /// <summary>How many byte-scored candidates per wanted result are rescored exactly; generous, so the exact top ones are among them.</summary>
    private const int RescoreFactor = 8;

    private const int MinRescore = 400;

    private int[] ShortList(Snapshot snapshot, ReadOnlySpan<float> vector, SearchFilter filter, int size)
    {
        Span<sbyte> query = stackalloc sbyte[dimension];
        Int8Dot.Quantize(vector, query);
        var best = new PriorityQueue<int, float>(size + 1);
        var filtered = !filter.IsEmpty;
        var bytes = snapshot.Quantized.AsSpan();
        for (var i = 0; i < snapshot.Documents.Length; i++)
        {
            if (filtered && !filter.Matches(snapshot.Documents[i]))
            {
                continue;
            }

            var score = Int8Dot.Dot(query, bytes.Slice(i * dimension, dimension)) * snapshot.Scales[i];
            if (best.Count < size)
            {
                best.Enqueue(i, score);
            }
            else if (best.TryPeek(out _, out var worst) && score > worst)
            {
                best.DequeueEnqueue(i, score);
            }
        }

        return best.UnorderedItems.Select(item => item.Element).ToArray();
    }

    private sealed class Snapshot(int dimension, SearchDocument[] documents, float[] vectors)
    {
        public SearchDocument[] Documents { get; } = documents;

        public float[] Vectors { get; } = vectors;

        /// <summary>The vectors as bytes, for the first pass over everything.</summary>
        public sbyte[] Quantized { get; } = new sbyte[vectors.Length];

        public float[] Scales { get; } = new float[documents.Length];

        public Snapshot Quantize()
        {
            for (var i = 0; i < Documents.Length; i++)
            {
                Scales[i] = Int8Dot.Quantize(Vectors.AsSpan(i * dimension, dimension), Quantized.AsSpan(i * dimension, dimension));
            }

            return this;
        }

        public static Snapshot Build(int dimension, List<(SearchDocument Document, ReadOnlyMemory<float> Vector)> rows)
        {
            var vectors = new float[rows.Count * dimension];
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i].Vector.Span.CopyTo(vectors.AsSpan(i * dimension, dimension));
            }

            return new Snapshot(dimension, rows.Select(r => r.Document).ToArray(), vectors).Quantize();
        }

        public IEnumerable<(SearchDocument Document, ReadOnlyMemory<float> Vector)> Rows() =>
            Documents.Select((d, i) => (d, new ReadOnlyMemory<float>(Vectors, i * dimension, dimension)));
    }
}
