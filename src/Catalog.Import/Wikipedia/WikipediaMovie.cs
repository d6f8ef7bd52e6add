namespace Catalog.Import.Wikipedia;

/// <summary>One record of the Wikipedia movie JSON files, as written there.</summary>
internal sealed record WikipediaMovie
{
    public string? Title { get; init; }
    public int? Year { get; init; }
    public List<string?>? Cast { get; init; }
    public List<string?>? Genres { get; init; }
    public string? Href { get; init; }
    public string? Extract { get; init; }
    public string? Thumbnail { get; init; }
}
