using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;

namespace Catalog.Search.Searching;

/// <summary>
/// When the hard filters leave nothing, they are loosened in this order, one step at a time, and
/// the response says which: the years first (the vaguest thing people say; part of a decade or a
/// single year is first widened to its decade, "late 1980s" to the 1980s, then dropped), then movie/series,
/// then genres from the last named, then people (alternatives, "karloff or lugosi", all at once). The AI-use filter and
/// the genres and people ruled out are never loosened: a viewer who asked for titles without AI must not be shown titles
/// made with it, nor one who said "nothing scary" a horror film.
/// </summary>
public static class FilterRelaxation
{
    public static IEnumerable<(SearchFilter Filter, string What)> Steps(SearchFilter filter)
    {
        var current = filter;
        if (current.Years is { } said && Decade(said) is { } decade)
        {
            current = current with { Years = decade };
            yield return (current, $"years ({said.Label} widened to the {decade.Label})");
        }

        if (current.Years is { } years)
        {
            current = current with { Years = null };
            yield return (current, $"years ({years.Label})");
        }

        if (current.Kind is { } kind)
        {
            current = current with { Kind = null };
            yield return (current, $"kind ({kind.ToString().ToLowerInvariant()})");
        }

        for (var i = current.Genres.Count - 1; i >= 0; i--)
        {
            var genre = current.Genres[i];
            current = current with { Genres = current.Genres.Take(i).ToList() };
            yield return (current, $"genre ({genre.Label})");
        }

        if (current.AnyPerson)
        {
            // Dropping one of several alternatives would narrow the filter, not loosen it.
            var names = string.Join(" or ", current.People.Select(p => p.Name));
            current = current with { People = [], AnyPerson = false };
            yield return (current, $"person ({names})");
        }

        for (var i = current.People.Count - 1; i >= 0; i--)
        {
            var person = current.People[i];
            current = current with { People = current.People.Take(i).ToList() };
            yield return (current, $"person ({person.Name})");
        }
    }

    /// <summary>The decade a closed range inside one lies in, when that is wider than the range; null otherwise.</summary>
    private static YearRange? Decade(YearRange range)
    {
        if (range is not { From: { } from, To: { } to } || from / 10 != to / 10 || (from % 10, to % 10) == (0, 9))
        {
            return null;
        }

        var first = from / 10 * 10;
        return new YearRange(first, first + 9, $"{first}s");
    }
}
