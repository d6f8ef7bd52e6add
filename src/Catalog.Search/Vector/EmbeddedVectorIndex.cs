using System.Numerics.Tensors;
using Catalog.Search.Retrieval;

namespace Catalog.Search.Vector;

/// <summary>
/// Nearest-neighbour search in process: every passage's unit vector in one contiguous array, filters
/// tested before a vector is scored, a title scoring as its best passage. A first pass scores everything with byte-quantized vectors
/// (SIMD, a quarter of the memory traffic), then the best candidates, eight per wanted result
/// and at least 400, are rescored with the exact float dot product (TensorPrimitives). Readers
/// never lock: writes build a new snapshot and swap it in, which suits a catalog that changes
/// far less often than it is searched.
/// </summary>
public sealed class EmbeddedVectorIndex(int dimension) : IVectorIndex
{
    private readonly Lock _writeLock = new();
    private volatile Snapshot _snapshot = new(dimension, [], [], [], [], []);

    public int Dimension => dimension;

    /// <summary>Vectors held: a title has one per passage.</summary>
    public int Count => _snapshot.Documents.Length;

    public Task UpsertAsync(IReadOnlyList<VectorRecord> records, CancellationToken ct = default)
    {
        VectorRecord.CheckDimensions(records, dimension, "index");

        lock (_writeLock)
        {
            var replaced = records.Select(r => r.Document.TitleId).ToHashSet();
            var kept = _snapshot.Rows().Where(row => !replaced.Contains(row.Document.TitleId));
            var latest = records.GroupBy(r => r.Document.TitleId).Select(g => g.Last())
                .SelectMany(r => r.Vectors.Take(EmbeddingPassages.MaxPassages).Select((v, passage) => new Row(r.Document, passage, v, ReadOnlyMemory<sbyte>.Empty, 0)));
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

        // The byte scores chose the candidates; the exact float scores order them, a title by its best passage.
        var query = vector.Span;
        var best = new Dictionary<long, ScoredTitle>(candidates.Length);
        foreach (var i in candidates)
        {
            var titleId = snapshot.Documents[i].TitleId;
            var score = TensorPrimitives.Dot(query, snapshot.Vectors.AsSpan(i * dimension, dimension));
            if (!best.TryGetValue(titleId, out var known) || score > known.Score)
            {
                best[titleId] = new ScoredTitle(titleId, score, snapshot.Passages[i]);
            }
        }

        var results = best.Values.OrderByDescending(r => r.Score).Take(limit).ToList();
        return Task.FromResult<IReadOnlyList<ScoredTitle>>(results);
    }

    /// <summary>How many byte-scored candidates per wanted result are rescored exactly; generous, so the exact top ones are among them.</summary>
    private const int RescoreFactor = 8;

    private const int MinRescore = 400;

    /// <summary>Rows per part of a scan split over the cores: below this, one thread is quicker than handing work out.</summary>
    private const int RowsPerPart = 16_384;

    /// <summary>
    /// The best rows by byte score. On 48k passages the scan is milliseconds of one core's SIMD
    /// arithmetic, so a large snapshot is scanned in parts side by side; the union of the parts'
    /// best holds the overall best, and the exact rescore orders it.
    /// </summary>
    private int[] ShortList(Snapshot snapshot, ReadOnlySpan<float> vector, SearchFilter filter, int size)
    {
        var query = new sbyte[dimension];
        Int8Dot.Quantize(vector, query);
        var rows = snapshot.Documents.Length;
        var parts = Math.Clamp(rows / RowsPerPart, 1, Environment.ProcessorCount);
        if (parts == 1)
        {
            return Scan(snapshot, query, filter, size, 0, rows);
        }

        var best = new int[parts][];
        Parallel.For(0, parts, part => best[part] = Scan(snapshot, query, filter, size, rows * part / parts, rows * (part + 1) / parts));
        return best.SelectMany(b => b).ToArray();
    }

    private int[] Scan(Snapshot snapshot, sbyte[] query, SearchFilter filter, int size, int from, int to)
    {
        var best = new PriorityQueue<int, float>(size + 1);
        var filtered = !filter.IsEmpty;
        var bytes = snapshot.Quantized.AsSpan();
        // A title's passages lie side by side: the filter is tested once for them all.
        SearchDocument? tested = null;
        var passes = true;
        for (var i = from; i < to; i++)
        {
            if (filtered && !ReferenceEquals(snapshot.Documents[i], tested))
            {
                tested = snapshot.Documents[i];
                passes = filter.Matches(tested);
            }

            if (!passes)
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

    /// <summary>One vector of a title in a snapshot; <see cref="Quantized"/> is empty for a new vector not yet quantized.</summary>
    private readonly record struct Row(SearchDocument Document, int Passage, ReadOnlyMemory<float> Vector, ReadOnlyMemory<sbyte> Quantized, float Scale);

    private sealed class Snapshot(int dimension, SearchDocument[] documents, byte[] passages, float[] vectors, sbyte[] quantized, float[] scales)
    {
        public SearchDocument[] Documents { get; } = documents;

        /// <summary>Which of its title's passages each row is (at most <see cref="EmbeddingPassages.MaxPassages"/>).</summary>
        public byte[] Passages { get; } = passages;

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

            return new Snapshot(dimension, rows.Select(r => r.Document).ToArray(), rows.Select(r => checked((byte)r.Passage)).ToArray(), vectors, quantized, scales);
        }

        public IEnumerable<Row> Rows() => Documents.Select((d, i) => new Row(
            d,
            Passages[i],
            new ReadOnlyMemory<float>(Vectors, i * dimension, dimension),
            new ReadOnlyMemory<sbyte>(Quantized, i * dimension, dimension),
            Scales[i]));
    }
}
