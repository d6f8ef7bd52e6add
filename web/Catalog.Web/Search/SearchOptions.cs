namespace Catalog.Web.Search;

/// <summary>The <c>Search</c> section: whether dense retrieval runs when title embeddings are stored.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    public bool Vector { get; set; } = true;

    public int DefaultLimit { get; set; } = 24;

    public int MaxLimit { get; set; } = 100;
}
