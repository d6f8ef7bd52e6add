namespace Catalog.Search.Vector;

/// <summary>The <c>Qdrant</c> section: when <see cref="Endpoint"/> is set, Qdrant holds the vectors instead of the embedded index.</summary>
public sealed class QdrantOptions
{
    public const string SectionName = "Qdrant";

    /// <summary>gRPC endpoint, e.g. <c>http://qdrant:6334</c>.</summary>
    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public string Collection { get; set; } = "catalog_titles";
}
