namespace Catalog.Import.Seed;

/// <summary>The project's own seed format; docs/seed-format.md describes it.</summary>
internal sealed record SeedCatalogFile
{
    public string? Format { get; init; }
    public List<SeedTitle?>? Titles { get; init; }
}

internal sealed record SeedTitle
{
    public string? Id { get; init; }
    public string? Kind { get; init; }
    public string? Title { get; init; }
    public string? OriginalTitle { get; init; }
    public int? Year { get; init; }
    public int? EndYear { get; init; }
    public int? RuntimeMinutes { get; init; }
    public string? MaturityRating { get; init; }
    public List<string>? Countries { get; init; }
    public List<string>? Languages { get; init; }
    public List<string>? Genres { get; init; }
    public string? Synopsis { get; init; }
    public List<SeedCredit>? Credits { get; init; }
    public List<SeedSeason>? Seasons { get; init; }
    public List<SeedAiDisclosure>? AiDisclosures { get; init; }
}

internal sealed record SeedCredit(string? Name, string? Role, string? Character);

internal sealed record SeedSeason(int? Number, int? Year, int? EpisodeCount);

internal sealed record SeedAiDisclosure(string? Kind, string? UsedFor, string? Vendor, string? Source);
