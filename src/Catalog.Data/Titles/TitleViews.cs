using Catalog.Core.Titles;

namespace Catalog.Data.Titles;

/// <summary>What a poster card shows.</summary>
public sealed record TitleCard(long Id, string Title, int? Year, TitleKind Kind, string? PrimaryGenre, bool HasAiDisclosure);

/// <summary>A row of cards on the home page.</summary>
public sealed record TitleRow(string Heading, string? GenreSlug, IReadOnlyList<TitleCard> Titles);

/// <summary>Everything the title page shows.</summary>
public sealed record TitleDetail
{
    public required long Id { get; init; }
    public required TitleKind Kind { get; init; }
    public required string Title { get; init; }
    public string? OriginalTitle { get; init; }
    public int? Year { get; init; }
    public int? EndYear { get; init; }
    public string? Synopsis { get; init; }
    public int? RuntimeMinutes { get; init; }
    public string? MaturityRating { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public required string Source { get; init; }
    public required string SourceId { get; init; }
    public long RowVersion { get; init; }
    public IReadOnlyList<GenreRef> Genres { get; init; } = [];
    public IReadOnlyList<CreditView> Credits { get; init; } = [];
    public IReadOnlyList<SeasonRecord> Seasons { get; init; } = [];
    public IReadOnlyList<AiDisclosureRecord> AiDisclosures { get; init; } = [];
}

public sealed record GenreRef(string Name, string Slug);

public sealed record CreditView(long PersonId, string Name, CreditRole Role, string? Character);
