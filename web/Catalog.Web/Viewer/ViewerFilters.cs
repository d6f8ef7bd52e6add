using System.Globalization;
using System.Web;
using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;

namespace Catalog.Web.Viewer;

/// <summary>
/// Filters viewers set for themselves: a decade, a genre (by slug), movies or series, and whether
/// titles made with generative AI are shown, hidden or the only ones shown. They live in a cookie
/// (<see cref="ViewerFiltersCookie"/>), so they hold on every page of this browser.
/// </summary>
public sealed record ViewerFilters
{
    public const int FirstDecade = 1900;

    public static readonly ViewerFilters None = new();

    public int? Decade { get; init; }

    public string? Genre { get; init; }

    public TitleKind? Kind { get; init; }

    public AiUseFilter Ai { get; init; }

    public bool IsEmpty => Decade is null && Genre is null && Kind is null && Ai == AiUseFilter.Any;

    /// <summary>The decades offered, newest first.</summary>
    public static IEnumerable<int> Decades(int currentYear) =>
        Enumerable.Range(0, (currentYear / 10 * 10 - FirstDecade) / 10 + 1).Select(i => currentYear / 10 * 10 - i * 10);

    /// <summary>
    /// Reads the stored form ("decade=1980&amp;genre=horror&amp;kind=movie&amp;ai=hide"). A part that does not
    /// parse is dropped rather than failing the page: the cookie may predate a change.
    /// </summary>
    public static ViewerFilters Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return None;
        }

        var values = HttpUtility.ParseQueryString(stored);
        return new ViewerFilters
        {
            Decade = TryDecade(values["decade"], out var decade) ? decade : null,
            Genre = TrySlug(values["genre"], out var slug) ? slug : null,
            Kind = TryKind(values["kind"], out var kind) ? kind : null,
            Ai = TryAi(values["ai"], out var ai) ? ai : AiUseFilter.Any,
        };
    }

    public string Format()
    {
        var parts = new List<string>();
        if (Decade is { } decade)
        {
            parts.Add("decade=" + decade.ToString(CultureInfo.InvariantCulture));
        }

        if (Genre is { } genre)
        {
            parts.Add("genre=" + genre);
        }

        if (Kind is { } kind)
        {
            parts.Add("kind=" + kind.ToCode());
        }

        if (Ai != AiUseFilter.Any)
        {
            parts.Add("ai=" + AiCode(Ai));
        }

        return string.Join('&', parts);
    }

    public static bool TryDecade(string? value, out int decade) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out decade) && decade >= FirstDecade && decade <= 2100 && decade % 10 == 0;

    public static bool TrySlug(string? value, out string slug)
    {
        slug = value ?? string.Empty;
        return slug.Length is > 0 and <= 80 && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
    }

    public static bool TryKind(string? value, out TitleKind kind) => CatalogCodes.TryParseTitleKind(value, out kind);

    public static bool TryAi(string? value, out AiUseFilter ai)
    {
        (var known, ai) = value switch
        {
            "any" => (true, AiUseFilter.Any),
            "hide" => (true, AiUseFilter.WithoutAi),
            "only" => (true, AiUseFilter.OnlyWithAi),
            _ => (false, AiUseFilter.Any),
        };
        return known;
    }

    public static string AiCode(AiUseFilter ai) => ai switch
    {
        AiUseFilter.WithoutAi => "hide",
        AiUseFilter.OnlyWithAi => "only",
        _ => "any",
    };

    public CardFilter ToCardFilter() => new(
        Decade, Decade + 9, Genre, Kind, Ai switch { AiUseFilter.OnlyWithAi => true, AiUseFilter.WithoutAi => false, _ => null });

    /// <summary>The filters as search applies them; a genre slug the catalog no longer has filters nothing.</summary>
    public SearchFilter ToSearchFilter(QueryUnderstanding understanding) => IsEmpty ? SearchFilter.None : new SearchFilter
    {
        Years = Decade is { } decade ? new YearRange(decade, decade + 9, DecadeLabel(decade)) : null,
        Genres = Genre is { } slug && understanding.GenreForSlug(slug) is { } genre ? [genre] : [],
        Kind = Kind,
        AiUse = Ai,
    };

    public static string DecadeLabel(int decade) => decade.ToString(CultureInfo.InvariantCulture) + "s";

    /// <summary>What is on, in words, for the page to say ("1980s", "Horror", "Hiding titles made with AI").</summary>
    public IReadOnlyList<string> Describe(IEnumerable<GenreRef> genres)
    {
        var words = new List<string>();
        if (Decade is { } decade)
        {
            words.Add(DecadeLabel(decade));
        }

        if (Genre is { } slug)
        {
            words.Add(genres.FirstOrDefault(g => g.Slug == slug)?.Name ?? slug);
        }

        if (Kind is { } kind)
        {
            words.Add(kind == TitleKind.Series ? "Series only" : "Movies only");
        }

        if (Ai != AiUseFilter.Any)
        {
            words.Add(Ai == AiUseFilter.WithoutAi ? "Hiding titles made with AI" : "Only titles made with AI");
        }

        return words;
    }
}
