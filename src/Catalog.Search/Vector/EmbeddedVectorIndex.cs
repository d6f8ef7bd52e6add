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
    private volatile Snapshot _snapshot = new(dimension, [], [], [], []);

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
            var latest = records.GroupBy(r => r.Document.TitleId)
                .Select(g => new Row(g.Last().Document, g.Last().Vector, ReadOnlyMemory<sbyte>.Empty, 0));
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

    /// <summary>One title in a snapshot; <see cref="Quantized"/> is empty for a new vector not yet quantized.</summary>
    private readonly record struct Row(SearchDocument Document, ReadOnlyMemory<float> Vector, ReadOnlyMemory<sbyte> Quantized, float Scale);

    private sealed class Snapshot(int dimension, SearchDocument[] documents, float[] vectors, sbyte[] quantized, float[] scales)
    {
        public SearchDocument[] Documents { get; } = documents;

        public float[] Vectors { get; } = vectors;

        /// <summary>The vectors as bytes, for the first pass over everything.</summary>
        public sbyte[] Quantized { get; } = quantized;

        public float[] Scales { get; } = scales;

        /// <summary>Copies every row; only new vectors are quantized, kept ones bring their bytes along.</summary>
        public static Snapshot Build(int dimension, List<Row> rows)
        {
            var vectors = new float[rows.Count * dimension];
            var quantized = new sbyte[rows.Count * dimension];
            var scales = new float[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                row.Vector.Span.CopyTo(vectors.AsSpan(i * dimension, dimension));
                if (row.Quantized.Length == dimension)
                {
                    row.Quantized.Span.CopyTo(quantized.AsSpan(i * dimension, dimension));
                    scales[i] = row.Scale;
                }
                else
                {
                    scales[i] = Int8Dot.Quantize(row.Vector.Span, quantized.AsSpan(i * dimension, dimension));
                }
            }

            return new Snapshot(dimension, rows.Select(r => r.Document).ToArray(), vectors, quantized, scales);
        }

        public IEnumerable<Row> Rows() => Documents.Select((d, i) => new Row(
            d,
            new ReadOnlyMemory<float>(Vectors, i * dimension, dimension),
            new ReadOnlyMemory<sbyte>(Quantized, i * dimension, dimension),
            Scales[i]));
    }
}
