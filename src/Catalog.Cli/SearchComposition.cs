using Catalog.Search.Embeddings;
using Catalog.Search.Searching;
using Catalog.Search.Vector;
using Npgsql;

namespace Catalog.Cli;

/// <summary>Starts the search pieces for the tool's commands (search, eval).</summary>
internal static class SearchComposition
{
    /// <summary>With <paramref name="withVector"/>, loads the embedding model and the stored title vectors; without stored vectors dense retrieval stays off.</summary>
    public static async Task<SearchRuntime> StartAsync(NpgsqlDataSource dataSource, bool withVector, CancellationToken ct)
    {
        if (!withVector)
        {
            return await SearchRuntime.StartAsync(dataSource, vector: null, TimeProvider.System, ct: ct);
        }

        var generator = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions());
        var records = await new TitleEmbeddingStore(dataSource).LoadAsync(generator.Model.ModelId, ct);
        if (records.Count == 0)
        {
            generator.Dispose();
            return await SearchRuntime.StartAsync(dataSource, vector: null, TimeProvider.System, ct: ct);
        }

        var index = new EmbeddedVectorIndex(generator.Model.Dimension);
        await index.UpsertAsync(records, ct);
        return await SearchRuntime.StartAsync(dataSource, new VectorRetrieval(generator, index), TimeProvider.System, generator, ct);
    }
}
