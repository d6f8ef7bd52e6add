using Microsoft.Extensions.AI;

namespace Catalog.Search.Embeddings;

/// <summary>Query and document embedding without building <see cref="EmbeddingGenerationOptions"/> by hand.</summary>
public static class EmbeddingPurposeExtensions
{
    public static Task<ReadOnlyMemory<float>> GenerateQueryVectorAsync(
        this IEmbeddingGenerator<string, Embedding<float>> generator, string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return generator.GenerateVectorAsync(query, EmbeddingPurpose.ForQuery(), cancellationToken);
    }

    /// <returns>One vector per document, in the same order.</returns>
    public static async Task<IReadOnlyList<ReadOnlyMemory<float>>> GenerateDocumentVectorsAsync(
        this IEmbeddingGenerator<string, Embedding<float>> generator, IEnumerable<string> documents,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var embeddings = await generator.GenerateAsync(documents, EmbeddingPurpose.ForDocuments(), cancellationToken);
        return [.. embeddings.Select(e => e.Vector)];
    }
}
