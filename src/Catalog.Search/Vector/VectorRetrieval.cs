using Catalog.Search.Retrieval;
using Microsoft.Extensions.AI;

namespace Catalog.Search.Vector;

/// <summary>Dense retrieval: embed the query (with the model's query prefix) and search the vector index.</summary>
public sealed class VectorRetrieval(IEmbeddingGenerator<string, Embedding<float>> embedder, IVectorIndex index)
{
    public const string PurposeKey = "catalog.purpose";
    public const string QueryPurpose = "query";

    private static readonly EmbeddingGenerationOptions QueryOptions = new()
    {
        AdditionalProperties = new AdditionalPropertiesDictionary { [PurposeKey] = QueryPurpose },
    };

    public IVectorIndex Index => index;

    public async Task<ReadOnlyMemory<float>> EmbedQueryAsync(string text, CancellationToken ct)
    {
        var embeddings = await embedder.GenerateAsync([text], QueryOptions, ct);
        return embeddings[0].Vector;
    }

    public Task<IReadOnlyList<ScoredTitle>> SearchAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken ct) =>
        index.SearchAsync(vector, filter, limit, ct);
}
