namespace Catalog.Core.Titles;

/// <summary>
/// One title as an importer hands it to the catalog writer: everything the catalog stores about
/// it, keyed by (Source, SourceId). Collections keep their order (billing order for credits).
/// </summary>
public sealed record TitleRecord
{
    public required string Source { get; init; }
    public required string SourceId { get; init; }
    public required TitleKind Kind { get; init; }
    public required string Title { get; init; }
    public string? OriginalTitle { get; init; }
    public int? Year { get; init; }
    public int? EndYear { get; init; }
    public string? Synopsis { get; init; }
    public int? RuntimeMinutes { get; init; }
    public string? MaturityRating { get; init; }
    public string? ImageUrl { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    /// <summary>Genre labels as the source wrote them; the writer maps them to the vocabulary.</summary>
    public IReadOnlyList<string> Genres { get; init; } = [];
    public IReadOnlyList<CreditRecord> Credits { get; init; } = [];
    public IReadOnlyList<SeasonRecord> Seasons { get; init; } = [];
    public IReadOnlyList<AiDisclosureRecord> AiDisclosures { get; init; } = [];
}

public sealed record CreditRecord(string Name, CreditRole Role, string? Character = null);

public sealed record SeasonRecord(int Number, int? Year, int? EpisodeCount);

public sealed record AiDisclosureRecord(AiUseKind Kind, string UsedFor, string? Vendor, string Source);
