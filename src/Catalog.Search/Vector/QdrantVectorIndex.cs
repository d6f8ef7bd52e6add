using Catalog.Core.Titles;
using Catalog.Search.Retrieval;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using static Catalog.Search.Vector.QdrantFilterTranslator;

namespace Catalog.Search.Vector;

/// <summary>
/// The vector index in Qdrant (gRPC): one point per passage, id = title id × <see cref="EmbeddingPassages.MaxPassages"/>
/// + passage, the title id in the payload; search groups points by title and keeps each title's
/// best passage. Cosine distance, payload indexes on every filtered field, upserts in batches.
/// </summary>
public sealed class QdrantVectorIndex(QdrantClient client, string collection, int dimension) : IVectorIndex
{
    public const int UpsertBatch = 256;

    public static async Task<QdrantVectorIndex> OpenAsync(QdrantOptions options, int dimension, CancellationToken ct = default)
    {
        var endpoint = new Uri(options.Endpoint ?? throw new ArgumentException("Qdrant:Endpoint is not set.", nameof(options)));
        var client = new QdrantClient(endpoint, options.ApiKey);
        if (!await client.CollectionExistsAsync(options.Collection, ct))
        {
            await client.CreateCollectionAsync(options.Collection, new VectorParams { Size = (ulong)dimension, Distance = Distance.Cosine }, cancellationToken: ct);
            foreach (var (field, type) in PayloadIndexes)
            {
                await client.CreatePayloadIndexAsync(options.Collection, field, type, cancellationToken: ct);
            }
        }

        return new QdrantVectorIndex(client, options.Collection, dimension);
    }

    private static readonly (string Field, PayloadSchemaType Type)[] PayloadIndexes =
    [
        (TitleId, PayloadSchemaType.Integer), (Year, PayloadSchemaType.Integer), (GenreIds, PayloadSchemaType.Integer), (PersonIds, PayloadSchemaType.Integer),
        (ActorIds, PayloadSchemaType.Integer), (DirectorIds, PayloadSchemaType.Integer), (Kind, PayloadSchemaType.Keyword),
        (HasAi, PayloadSchemaType.Bool),
    ];

    public async Task UpsertAsync(IReadOnlyList<VectorRecord> records, CancellationToken ct = default)
    {
        VectorRecord.CheckDimensions(records, dimension, "collection");
        records = records.GroupBy(r => r.Document.TitleId).Select(g => g.Last()).ToList();
        foreach (var batch in records.SelectMany(ToPoints).Chunk(UpsertBatch))
        {
            await client.UpsertAsync(collection, batch, wait: true, cancellationToken: ct);
        }

        // Passage ids are fixed, so the upsert replaced each title's points in place; a title now
        // cut into fewer passages loses the extra ones after, never standing without points between.
        foreach (var batch in StalePointIds(records).Chunk(UpsertBatch * EmbeddingPassages.MaxPassages))
        {
            await client.DeleteAsync(collection, batch, wait: true, cancellationToken: ct);
        }
    }

    /// <summary>The ids a title's passages beyond its current count would have.</summary>
    internal static IEnumerable<ulong> StalePointIds(IEnumerable<VectorRecord> records) =>
        records.SelectMany(r => Enumerable.Range(PassagesOf(r), EmbeddingPassages.MaxPassages - PassagesOf(r))
            .Select(passage => PointId(r.Document.TitleId, passage)));

    private static int PassagesOf(VectorRecord record) => Math.Min(record.Vectors.Count, EmbeddingPassages.MaxPassages);

    internal static ulong PointId(long titleId, int passage) => (ulong)titleId * EmbeddingPassages.MaxPassages + (ulong)passage;

    internal static int PassageOf(ulong pointId) => (int)(pointId % EmbeddingPassages.MaxPassages);

    public async Task DeleteAsync(IReadOnlyList<long> titleIds, CancellationToken ct = default)
    {
        if (titleIds.Count > 0)
        {
            await client.DeleteAsync(collection, new Filter { Must = { Conditions.Match(TitleId, titleIds.ToList()) } }, wait: true, cancellationToken: ct);
        }
    }

    public async Task<IReadOnlyList<ScoredTitle>> SearchAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken ct = default)
    {
        if (vector.Length != dimension)
        {
            throw new ArgumentException($"The query vector has {vector.Length} values; the collection holds {dimension}.", nameof(vector));
        }

        var groups = await client.QueryGroupsAsync(
            collection, TitleId, query: vector.ToArray(), filter: Translate(filter), limit: (ulong)limit, groupSize: 1, cancellationToken: ct);
        return groups.Where(g => g.Hits.Count > 0).Select(g => new ScoredTitle(g.Id.IntegerValue, g.Hits[0].Score, PassageOf(g.Hits[0].Id.Num))).ToList();
    }

    /// <summary>The title's passages as points, each with the whole payload, so filters and grouping need no lookup.</summary>
    internal static IEnumerable<PointStruct> ToPoints(VectorRecord record) =>
        record.Vectors.Take(EmbeddingPassages.MaxPassages).Select((vector, passage) => ToPoint(record.Document, vector, passage));

    internal static PointStruct ToPoint(SearchDocument document, ReadOnlyMemory<float> vector, int passage)
    {
        var point = new PointStruct { Id = PointId(document.TitleId, passage), Vectors = vector.ToArray() };
        point.Payload[TitleId] = document.TitleId;
        if (document.Year is { } year)
        {
            point.Payload[Year] = year;
        }

        point.Payload[GenreIds] = document.GenreIds.Select(id => (Value)(long)id).ToArray();
        point.Payload[PersonIds] = Ids(document.Credits.Select(c => c.PersonId));
        point.Payload[ActorIds] = Ids(document.Credits.Where(c => c.Role == CreditRole.Actor).Select(c => c.PersonId));
        point.Payload[DirectorIds] = Ids(document.Credits.Where(c => c.Role is CreditRole.Director or CreditRole.Creator).Select(c => c.PersonId));
        point.Payload[Kind] = document.Kind.ToCode();
        point.Payload[HasAi] = document.HasAiDisclosure;
        return point;
    }

    private static Value Ids(IEnumerable<long> ids) => ids.Distinct().Select(id => (Value)id).ToArray();
}
