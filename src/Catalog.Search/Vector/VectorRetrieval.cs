using System.Numerics.Tensors;
using Catalog.Search.Embeddings;
using Catalog.Search.Retrieval;
using Microsoft.Extensions.AI;

namespace Catalog.Search.Vector;

/// <summary>Dense retrieval: embed the query (with the model's query prefix) and search the vector index.</summary>
/// <param name="store">Where titles' own vectors are read for "more like this"; without it those searches embed text instead.</param>
public sealed class VectorRetrieval(IEmbeddingGenerator<string, Embedding<float>> embedder, IVectorIndex index, string model, TitleEmbeddingStore? store = null)
{
    public IVectorIndex Index => index;

    public IEmbeddingGenerator<string, Embedding<float>> Embedder => embedder;

    /// <summary>The model the stored title vectors were made with.</summary>
    public string Model => model;

    public Task<ReadOnlyMemory<float>> EmbedQueryAsync(string text, CancellationToken ct) => embedder.GenerateQueryVectorAsync(text, ct);

    /// <summary>
    /// One title as a single unit vector, the normalised mean of its passages' vectors, or null when
    /// it has none (not embedded yet, or no store): "more like this" looks for titles near the whole
    /// of it, not near one of its passages.
    /// </summary>
    public async Task<ReadOnlyMemory<float>?> TitleVectorAsync(long titleId, CancellationToken ct)
    {
        if (store is null)
        {
            return null;
        }

        var vectors = await store.LoadVectorsAsync(model, [titleId], ct);
        return vectors.TryGetValue(titleId, out var passages) ? Centroid(passages) : null;
    }

    private static float[] Centroid(List<float[]> vectors)
    {
        var sum = new float[vectors[0].Length];
        vectors.ForEach(v => TensorPrimitives.Add(sum, v, sum));
        var norm = TensorPrimitives.Norm(sum);
        if (norm > 0)
        {
            TensorPrimitives.Divide(sum, norm, sum);
        }

        return sum;
    }

    public Task<IReadOnlyList<ScoredTitle>> SearchAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken ct) =>
        index.SearchAsync(vector, filter, limit, ct);
}
