using Microsoft.Extensions.AI;

namespace Catalog.Search.Embeddings;

/// <summary>
/// Whether a text is a search query or a document. Some models (arctic-embed) embed the two
/// differently; the caller says which through <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>
/// so the generator stays a plain <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>.
/// </summary>
public static class EmbeddingPurpose
{
    public const string Key = "catalog.purpose";
    public const string Query = "query";
    public const string Document = "document";

    /// <summary>A new options object each time, because callers and middleware may change it.</summary>
    public static EmbeddingGenerationOptions ForQuery() => Create(Query);

    public static EmbeddingGenerationOptions ForDocuments() => Create(Document);

    /// <summary>Documents unless the options say query: indexing is the bulk of the work and the safe default.</summary>
    public static bool IsQuery(EmbeddingGenerationOptions? options) =>
        options?.AdditionalProperties is { } properties
        && properties.TryGetValue(Key, out var value)
        && value is string purpose
        && string.Equals(purpose, Query, StringComparison.OrdinalIgnoreCase);

    private static EmbeddingGenerationOptions Create(string purpose) =>
        new() { AdditionalProperties = new AdditionalPropertiesDictionary { [Key] = purpose } };
}
