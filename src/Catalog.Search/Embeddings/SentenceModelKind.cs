namespace Catalog.Search.Embeddings;

/// <summary>The sentence models that ship inside NuGet packages, so nothing is downloaded at run time.</summary>
public enum SentenceModelKind
{
    /// <summary>snowflake-arctic-embed-xs: CLS pooling, queries need a prefix. Better at retrieval.</summary>
    ArcticXs,

    /// <summary>all-MiniLM-L6-v2: mean pooling, no prefix.</summary>
    MiniLM,
}
