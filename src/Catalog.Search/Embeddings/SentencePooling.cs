namespace Catalog.Search.Embeddings;

/// <summary>How a model's token vectors become one sentence vector; it must match how the model was trained.</summary>
public enum SentencePooling
{
    /// <summary>The vector of the first token, [CLS].</summary>
    Cls,

    /// <summary>The average over the real tokens, padding left out.</summary>
    Mean,
}
