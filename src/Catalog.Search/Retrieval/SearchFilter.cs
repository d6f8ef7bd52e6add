using Catalog.Core.Titles;
using Catalog.Search.Understanding;

namespace Catalog.Search.Retrieval;

/// <summary>
/// What a title must satisfy to be found, the same for every retriever: the hard filters of a
/// <see cref="QueryIntent"/>. Genres and years of a descriptive query are not here: they only rank.
/// </summary>
public sealed record SearchFilter
{
    public static readonly SearchFilter None = new();

    public YearRange? Years { get; init; }
    public IReadOnlyList<GenreRequirement> Genres { get; init; } = [];
    public IReadOnlyList<PersonRequirement> People { get; init; } = [];
    public TitleKind? Kind { get; init; }
    public AiUseFilter AiUse { get; init; } = AiUseFilter.Any;

    public bool IsEmpty => Years is null && Genres.Count == 0 && People.Count == 0 && Kind is null && AiUse == AiUseFilter.Any;

    public static SearchFilter From(QueryIntent intent) => new()
    {
        Years = intent.Descriptive ? null : intent.Years,
        Genres = intent.Descriptive ? [] : intent.Genres,
        People = intent.People,
        Kind = intent.Kind,
        AiUse = intent.AiUse,
    };

    /// <summary>Whether a title with these facts passes; the reference the retrievers' own filters are tested against.</summary>
    public bool Matches(SearchDocument document) =>
        (Years is null || Years.Contains(document.Year))
        && Genres.All(g => g.GenreIds.Any(document.GenreIds.Contains))
        && People.All(p => document.Credits.Any(c => c.PersonId == p.PersonId && RoleMatches(p.Role, c.Role)))
        && (Kind is null || document.Kind == Kind)
        && AiUse switch
        {
            AiUseFilter.OnlyWithAi => document.HasAiDisclosure,
            AiUseFilter.WithoutAi => !document.HasAiDisclosure,
            _ => true,
        };

    public static bool RoleMatches(CreditRole? asked, CreditRole actual) => asked switch
    {
        null => true,
        CreditRole.Director => actual is CreditRole.Director or CreditRole.Creator,
        _ => actual == asked,
    };
}
