using Catalog.Core.Titles;

namespace Catalog.Search.Understanding;

/// <summary>
/// What a viewer's sentence was understood to ask for: hard filters, and the words left over
/// for free-text retrieval. Every filter remembers the words it came from, so the page can show
/// it as a chip and the viewer can remove it.
/// </summary>
public sealed record QueryIntent
{
    public required string Text { get; init; }

    /// <summary>The words no filter consumed, fillers removed: what the retrievers rank by.</summary>
    public string Residue { get; init; } = string.Empty;

    public YearRange? Years { get; init; }

    /// <summary>Each requirement must be met; a requirement is met by any of its genres.</summary>
    public IReadOnlyList<GenreRequirement> Genres { get; init; } = [];

    /// <summary>
    /// Genres the viewer ruled out ("tom hanks movies that aren't comedies", "nothing scary"): a title
    /// with any of a requirement's genres is left out, whether or not the query is a description.
    /// </summary>
    public IReadOnlyList<GenreRequirement> ExcludedGenres { get; init; } = [];

    /// <summary>Each person must be credited, unless <see cref="AnyPerson"/> makes them alternatives.</summary>
    public IReadOnlyList<PersonRequirement> People { get; init; } = [];

    /// <summary>People the viewer ruled out ("without meg ryan", "not directed by scorsese"): a title crediting any of them in that role is left out.</summary>
    public IReadOnlyList<PersonRequirement> ExcludedPeople { get; init; } = [];

    /// <summary>"karloff or lugosi": the people are alternatives, and a title needs only one of them.</summary>
    public bool AnyPerson { get; init; }

    public TitleKind? Kind { get; init; }

    public AiUseFilter AiUse { get; init; } = AiUseFilter.Any;

    /// <summary>"like Alien": rank by similarity to this title.</summary>
    public TitleRef? Like { get; init; }

    /// <summary>
    /// The query describes a story rather than listing attributes: its genres and years rank
    /// results instead of filtering them (people, kind and AI use still filter).
    /// </summary>
    public bool Descriptive { get; init; }

    /// <summary>Titles named exactly by the query's words; they go first.</summary>
    public IReadOnlyList<long> ExactTitleIds { get; init; } = [];

    /// <summary>Which understanding produced this: <see cref="ByRules"/> (the default) or <see cref="ByChatModel"/>.</summary>
    public string UnderstoodBy { get; init; } = ByRules;

    public const string ByRules = "rules";
    public const string ByChatModel = "chat";

    public bool HasFilters => Years is not null || Genres.Count > 0 || ExcludedGenres.Count > 0 || People.Count > 0 || ExcludedPeople.Count > 0 || Kind is not null || AiUse != AiUseFilter.Any;
}

/// <summary>Inclusive years; an open end is null. <see cref="Label"/> is how the viewer said it, normalized ("1980s").</summary>
public sealed record YearRange(int? From, int? To, string Label)
{
    public bool Contains(int? year) => year is { } y && (From is null || y >= From) && (To is null || y <= To);
}

/// <summary>One genre the viewer asked for, with the genres that satisfy it (the genre and its narrower ones).</summary>
public sealed record GenreRequirement(string Label, IReadOnlyList<int> GenreIds, IReadOnlyList<string> GenreNames);

/// <summary>A person the viewer named; <see cref="Role"/> is set when the sentence says which ("directed by").</summary>
public sealed record PersonRequirement(long PersonId, string Name, CreditRole? Role);

public sealed record TitleRef(long Id, string Title, int? Year);

public enum AiUseFilter
{
    Any,
    OnlyWithAi,
    WithoutAi,
}
