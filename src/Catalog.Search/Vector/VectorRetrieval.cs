using Catalog.Search.Embeddings;
using Catalog.Search.Retrieval;
using Microsoft.Extensions.AI;

namespace Catalog.Search.Vector;

/// <summary>Dense retrieval: embed the query (with the model's query prefix) and search the vector index.</summary>
public sealed class VectorRetrieval(IEmbeddingGenerator<string, Embedding<float>> embedder, IVectorIndex index, string model)
{
    public IVectorIndex Index => index;

    public IEmbeddingGenerator<string, Embedding<float>> Embedder => embedder;

    /// <summary>The model the stored title vectors were made with.</summary>
    public string Model => model;

    public Task<ReadOnlyMemory<float>> EmbedQueryAsync(string text, CancellationToken ct) => embedder.GenerateQueryVectorAsync(text, ct);

    public Task<IReadOnlyList<ScoredTitle>> SearchAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken ct) =>
        index.SearchAsync(vector, filter, limit, ct);
}
