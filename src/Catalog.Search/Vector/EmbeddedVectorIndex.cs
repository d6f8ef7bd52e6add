using System.Numerics.Tensors;
using Catalog.Search.Retrieval;

namespace Catalog.Search.Vector;

/// <summary>
/// Exact nearest-neighbour search in process: every title's unit vector in one contiguous array,
/// filters tested before a vector is scored, dot products with SIMD (TensorPrimitives). Readers
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
        var best = new PriorityQueue<long, float>(limit + 1);
        var query = vector.Span;
        var filtered = !filter.IsEmpty;
        var vectors = snapshot.Vectors.AsSpan();
        for (var i = 0; i < snapshot.Documents.Length; i++)
        {
            if (filtered && !filter.Matches(snapshot.Documents[i]))
            {
                continue;
            }

            var score = TensorPrimitives.Dot(query, vectors.Slice(i * dimension, dimension));
            if (best.Count < limit)
            {
                best.Enqueue(snapshot.Documents[i].TitleId, score);
            }
            else if (limit > 0 && best.TryPeek(out _, out var worst) && score > worst)
            {
                best.DequeueEnqueue(snapshot.Documents[i].TitleId, score);
            }
        }

        var results = new List<ScoredTitle>(best.Count);
        while (best.TryDequeue(out var id, out var score))
        {
            results.Add(new ScoredTitle(id, score));
        }

        results.Reverse();
        return Task.FromResult<IReadOnlyList<ScoredTitle>>(results);
    }

    private sealed class Snapshot(int dimension, SearchDocument[] documents, float[] vectors)
    {
        public SearchDocument[] Documents { get; } = documents;

        public float[] Vectors { get; } = vectors;

        public static Snapshot Build(int dimension, List<(SearchDocument Document, ReadOnlyMemory<float> Vector)> rows)
        {
            var vectors = new float[rows.Count * dimension];
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i].Vector.Span.CopyTo(vectors.AsSpan(i * dimension, dimension));
            }

            return new Snapshot(dimension, rows.Select(r => r.Document).ToArray(), vectors);
        }

        public IEnumerable<(SearchDocument Document, ReadOnlyMemory<float> Vector)> Rows() =>
            Documents.Select((d, i) => (d, new ReadOnlyMemory<float>(Vectors, i * dimension, dimension)));
    }
}
