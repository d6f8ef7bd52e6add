using Catalog.Search.Embeddings;
using Catalog.Search.QueryLog;
using Catalog.Search.Vector;
using Npgsql;

namespace Catalog.Search.Searching;

/// <summary>Starts a <see cref="SearchRuntime"/> with dense retrieval when title embeddings are stored, without it otherwise.</summary>
public static class SearchRuntimeFactory
{
    /// <param name="qdrant">When its endpoint is set, the vectors go to Qdrant (rebuilt from PostgreSQL at start) instead of the embedded index.</param>
    public static async Task<SearchRuntime> StartAsync(
        NpgsqlDataSource dataSource, EmbeddingOptions? embedding, TimeProvider time, QueryLogQueue? log = null,
        QdrantOptions? qdrant = null, CancellationToken ct = default)
    {
        var store = new TitleEmbeddingStore(dataSource);
        if (embedding is null || !await store.HasAnyAsync(ct))
        {
            return await SearchRuntime.StartAsync(dataSource, vector: null, time, log: log, ct: ct);
        }

        var generator = new OnnxSentenceEmbeddingGenerator(embedding);
        try
        {
            var records = await store.LoadAsync(generator.Model.ModelId, ct);
            if (records.Count == 0)
            {
                generator.Dispose();
                return await SearchRuntime.StartAsync(dataSource, vector: null, time, log: log, ct: ct);
            }

            IVectorIndex index = string.IsNullOrWhiteSpace(qdrant?.Endpoint)
                ? new EmbeddedVectorIndex(generator.Model.Dimension)
                : await QdrantVectorIndex.OpenAsync(qdrant, generator.Model.Dimension, ct);
            await index.UpsertAsync(records, ct);
            return await SearchRuntime.StartAsync(dataSource, new VectorRetrieval(generator, index, generator.Model.ModelId, store), time, generator, log, ct);
        }
        catch
        {
            generator.Dispose();
            throw;
        }
    }
}
