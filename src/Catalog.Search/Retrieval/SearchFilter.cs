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

    /// <summary>A title with any genre of any of these is left out.</summary>
    public IReadOnlyList<GenreRequirement> ExcludedGenres { get; init; } = [];

    public IReadOnlyList<PersonRequirement> People { get; init; } = [];

    /// <summary>A title crediting any of these (in the role given) is left out.</summary>
    public IReadOnlyList<PersonRequirement> ExcludedPeople { get; init; } = [];

    /// <summary>One of <see cref="People"/> is enough ("karloff or lugosi"); otherwise each is required.</summary>
    public bool AnyPerson { get; init; }

    public TitleKind? Kind { get; init; }
    public AiUseFilter AiUse { get; init; } = AiUseFilter.Any;

    public bool IsEmpty => Years is null && Genres.Count == 0 && ExcludedGenres.Count == 0 && People.Count == 0 && ExcludedPeople.Count == 0 && Kind is null && AiUse == AiUseFilter.Any;

    public static SearchFilter From(QueryIntent intent) => new()
    {
        Years = intent.Descriptive ? null : intent.Years,
        Genres = intent.Descriptive ? [] : intent.Genres,
        // Ruling a genre out is never part of a story: it filters descriptions too.
        ExcludedGenres = intent.ExcludedGenres,
        People = intent.People,
        ExcludedPeople = intent.ExcludedPeople,
        AnyPerson = intent.AnyPerson && intent.People.Count > 1,
        Kind = intent.Kind,
        AiUse = intent.AiUse,
    };

    /// <summary>Whether a title with these facts passes; the reference the retrievers' own filters are tested against.</summary>
    public bool Matches(SearchDocument document)
    {
        bool Credited(PersonRequirement person) => document.Credits.Any(c => c.PersonId == person.PersonId && RoleMatches(person.Role, c.Role));
        return (Years is null || Years.Contains(document.Year))
            && Genres.All(g => g.GenreIds.Any(document.GenreIds.Contains))
            && !ExcludedGenres.Any(g => g.GenreIds.Any(document.GenreIds.Contains))
            && (People.Count == 0 || (AnyPerson ? People.Any(Credited) : People.All(Credited)))
            && !ExcludedPeople.Any(Credited)
            && (Kind is null || document.Kind == Kind)
            && AiUse switch
            {
                AiUseFilter.OnlyWithAi => document.HasAiDisclosure,
                AiUseFilter.WithoutAi => !document.HasAiDisclosure,
                _ => true,
            };
    }

    /// <summary>
    /// Both filters at once: the viewer's own filters joined to a query's. Null when they cannot
    /// both hold (movies and series, only-AI and no-AI, years that do not overlap).
    /// </summary>
    public SearchFilter? And(SearchFilter other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        if ((Kind is { } kind && other.Kind is { } otherKind && kind != otherKind)
            || (AiUse != AiUseFilter.Any && other.AiUse != AiUseFilter.Any && AiUse != other.AiUse))
        {
            return null;
        }

        var years = Years;
        if (other.Years is { } more)
        {
            years = years is null ? more : Overlap(years, more);
            if (years is null)
            {
                return null;
            }
        }

        return new SearchFilter
        {
            Years = years,
            Genres = [.. Genres, .. other.Genres],
            ExcludedGenres = [.. ExcludedGenres, .. other.ExcludedGenres],
            People = [.. People, .. other.People],
            ExcludedPeople = [.. ExcludedPeople, .. other.ExcludedPeople],
            // Alternatives stay alternatives only while the other side names no one: "Karloff or
            // Lugosi" joined to a required person would need two kinds of people requirement.
            AnyPerson = (AnyPerson && other.People.Count == 0) || (other.AnyPerson && People.Count == 0),
            Kind = Kind ?? other.Kind,
            AiUse = AiUse != AiUseFilter.Any ? AiUse : other.AiUse,
        };
    }

    private static YearRange? Overlap(YearRange a, YearRange b)
    {
        int? from = a.From is null ? b.From : b.From is null ? a.From : Math.Max(a.From.Value, b.From.Value);
        int? to = a.To is null ? b.To : b.To is null ? a.To : Math.Min(a.To.Value, b.To.Value);
        return from > to ? null : new YearRange(from, to, a.Label);
    }

    public static bool RoleMatches(CreditRole? asked, CreditRole actual) => asked switch
    {
        null => true,
        CreditRole.Director => actual is CreditRole.Director or CreditRole.Creator,
        _ => actual == asked,
    };
}
