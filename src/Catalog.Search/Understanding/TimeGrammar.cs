namespace Catalog.Search.Understanding;

/// <summary>
/// The forms a release time takes in a query, tried at one word position: ranges of years ("between
/// 1990 and 1995", "1985 to 95", "1999 or 2000", "from 95 to 99"), open ranges ("before the year
/// 2000", "after 2010", "since the 90s"), "around 1990", "20 years ago", named eras ("pre-war",
/// "the golden age of hollywood", "the turn of the century"), decades with their parts and joined
/// ("the late eighties or early nineties", "the early part of the 2010s"), single years, the recent
/// past ("the last few years"), and the vague words: "recent" and "new releases" are the last five
/// years, "old" and "classic" mean before <see cref="TimeExpressions.ClassicBefore"/>.
/// </summary>
internal sealed partial class TimeGrammar(string?[] w, int currentYear, Func<string, bool> isGenreWord)
{
    private static readonly string[] Joiners = ["and", "or", "to", "through", "thru", "till", "until"];

    private static readonly string[] KindWords =
        ["movie", "movies", "film", "films", "flick", "flicks", "picture", "pictures", "show", "shows", "series", "tv", "cartoon", "cartoons"];

    private static readonly YearRange Classic = new(null, TimeExpressions.ClassicBefore - 1, $"before {TimeExpressions.ClassicBefore}");

    public (YearRange Range, int Length)? Match(int i) =>
        Range(i) ?? Relative(i) ?? Around(i) ?? YearsAgo(i) ?? Era(i) ?? Onward(i, QualifiedDecade(i) ?? SingleYear(i)) ?? RecentPast(i) ?? Vague(i);

    private static readonly (string[] Words, bool Later)[] OpenEnds =
    [
        (["and", "later"], true), (["or", "later"], true), (["and", "newer"], true), (["or", "newer"], true), (["and", "up"], true),
        (["and", "after"], true), (["and", "beyond"], true), (["onwards"], true), (["onward"], true), (["on"], true), (["plus"], true),
        (["or", "earlier"], false), (["and", "earlier"], false), (["or", "before"], false), (["and", "before"], false),
        (["or", "older"], false), (["and", "older"], false),
    ];

    /// <summary>"2016 on", "2014 or later", "the 90s and newer", "1950 or earlier": a year or decade that opens a range.</summary>
    private (YearRange, int)? Onward(int i, (YearRange Range, int Length)? match)
    {
        if (match is not var (range, length) || range.From is not { } from || range.To is not { } to)
        {
            return match;
        }

        var after = i + length;
        foreach (var (words, later) in OpenEnds)
        {
            // "2016 on" ends the query: "2016 on netflix" is somewhere to watch.
            if (words.Select((word, k) => At(after + k) == word).All(x => x)
                && (words is not ["on"] and not ["plus"] || after + 1 == w.Length))
            {
                return (later ? new YearRange(from, null, $"since {from}") : new YearRange(null, to, $"until {to}"), length + words.Length);
            }
        }

        return match;
    }


    private string? At(int i) => w.ElementAtOrDefault(i);

    private (YearRange, int)? Range(int i)
    {
        var opener = At(i) is "between" or "from" ? 1 : 0;
        var from = TimeWords.Year(w, i + opener);
        if (from is null && FilmBefore(i) && TimeWords.TwoDigitYear(At(i + opener), currentYear) is { } shortYear
            && (opener == 1 || TimeWords.TwoDigitYear(At(i + 1), currentYear) is not null))
        {
            // "movies between 95 and 99", "action films 95-99": two digits count as years only in a
            // range right after a film word; "men between 30 and 40", "a girl from 12 to 16" are ages.
            from = (shortYear, 1);
        }

        if (from is not { } start)
        {
            return null;
        }

        var at = i + opener + start.Length;
        var joiner = Joiners.Contains(At(at)) ? 1 : 0;
        if (opener == 1 && At(i) == "between" && joiner == 0)
        {
            return null;
        }

        var end = TimeWords.Year(w, at + joiner);
        // "1985 to 95", and "1962-68" or "95-99", whose hyphen folding leaves as two numbers side by side.
        var shortEnd = opener == 1 || joiner == 0 || At(at) is "to" or "through" or "thru" or "till" or "until";
        // "1985 to 95", "nineteen seventy five and seventy nine": digits, or a tens number said.
        (int Value, int Length)? shortNumber = TimeWords.TwoDigitYear(At(at + joiner), currentYear) is not null ? (int.Parse(At(at + joiner)!), 1)
            : joiner == 1 && SpokenNumbers.TwoDigits(w, at + joiner) is { Value: >= 10 } said && said.Value > start.Value % 100 ? said
            : null;
        if (end is null && shortEnd && shortNumber is { } number)
        {
            // "1985 to 95", "1995 to 05": the end keeps the start's century, or the next one.
            var year = start.Value - (start.Value % 100) + number.Value;
            end = (year < start.Value ? year + 100 : year, number.Length);
        }

        // A range ends in a year that has come (or soon will), and is not a count of something
        // ("between 80 and 90 minutes"): "2049 and 12 monkeys" are titles.
        if (end is not { } last || last.Value < start.Value || last.Value > currentYear + 2
            || QuantityWords.Contains(At(at + joiner + last.Length)))
        {
            return null;
        }

        return (new YearRange(start.Value, last.Value, $"{start.Value}–{last.Value}"), opener + start.Length + joiner + last.Length);
    }

    /// <summary>Units that make the numbers before them counts: "between 80 and 90 minutes", "from 16 to 60 years old".</summary>
    private static readonly string[] QuantityWords =
        ["minutes", "minute", "mins", "hours", "hour", "years", "year", "old", "episodes", "seasons", "people", "kids", "pages", "percent"];

    /// <summary>The query says "films" (or a genre) right before: "movies between 95 and 99", "westerns from 55 to 65".</summary>
    private bool FilmBefore(int i) => i == 0 || (At(i - 1) is { } before && (KindWords.Contains(before) || isGenreWord(before) || before is "released" or "made" or "out"));

    private (YearRange, int)? Relative(int i)
    {
        var (kind, length) = (At(i), At(i + 1), At(i + 2)) switch
        {
            // "no older than 2010" is 2010 on; "no later than 1990" is up to 1990.
            ("no" or "not", "older" or "earlier", "than") => ("since", 3),
            ("no" or "not", "newer" or "later", "than") => ("until", 3),
            ("up", "to", _) or ("up", "until", _) => ("until", 2),
            ("until" or "till" or "through" or "thru", _, _) when i > 0 && At(i - 1) is not ("from" or "between") => ("until", 1),
            ("before", _, _) => ("before", 1),
            ("prior", "to", _) or ("earlier", "than", _) or ("older", "than", _) => ("before", 2),
            ("after", _, _) => ("after", 1),
            ("later", "than", _) or ("newer", "than", _) => ("after", 2),
            ("since", _, _) => ("since", 1),
            ("pre", _, _) => ("before", 1),
            ("post", _, _) => ("after", 1),
            _ => (null, 0),
        };
        if (kind is null)
        {
            return null;
        }

        // "before the year 2000", "after the 80s".
        var at = i + length + (At(i + length) == "the" ? 1 : 0);
        at += At(at) == "year" ? 1 : 0;
        int first, last, used;
        if (TimeWords.Decade(w, at) is { } decade)
        {
            (first, last, used) = (decade.Value, decade.Value + 9, decade.Length);
        }
        else if (TimeWords.Year(w, at) is { } year)
        {
            (first, last, used) = (year.Value, year.Value, year.Length);
        }
        else
        {
            return null;
        }

        var range = kind switch
        {
            "before" => new YearRange(null, first - 1, $"before {first}"),
            "after" => new YearRange(last + 1, null, $"after {last}"),
            "until" => new YearRange(null, last, $"until {last}"),
            _ => new YearRange(first, null, $"since {first}"),
        };
        return (range, at - i + used);
    }

    private (YearRange, int)? QualifiedDecade(int i)
    {
        var (part, qualifier) = TimeWords.Qualifier(w, i);
        if (TimeWords.Decade(w, i + qualifier) is not { } decade)
        {
            return null;
        }

        var d = decade.Value;
        var end = i + qualifier + decade.Length;
        var label = $"{part.Label}{d}s";
        var range = new YearRange(d + part.First, d + part.Last, label);
        if (CoordinatedDecade(end, d) is { } second)
        {
            var secondLabel = $"{second.Part.Label}{second.Value}s";
            range = new YearRange(d + part.First, second.Value + second.Part.Last, $"{label}–{secondLabel}");
            end += second.Length;
        }

        // "eighties era teen movies", "the 1990s decade".
        end += At(end) is "era" or "decade" ? 1 : 0;
        return (range, end - i);
    }

    /// <summary>A later decade joined to the first ("the fifties and sixties", "late 80s or early 90s"): its part, start and words.</summary>
    private (TimeWords.DecadePart Part, int Value, int Length)? CoordinatedDecade(int at, int first)
    {
        if (!Joiners.Contains(At(at)))
        {
            // "'40s-'50s" folds to "40s 50s": two decades side by side are a range too.
            return TimeWords.Decade(w, at) is { } next && next.Value > first && next.Value - first <= 30
                ? (TimeWords.Whole, next.Value, next.Length)
                : null;
        }

        var article = At(at + 1) == "the" ? 1 : 0;
        var (part, qualifier) = TimeWords.Qualifier(w, at + 1 + article);
        return TimeWords.Decade(w, at + 1 + article + qualifier) is { } second && second.Value > first
            ? (part, second.Value, 1 + article + qualifier + second.Length)
            : null;
    }

    /// <summary>A year that has come, or nearly: "blade runner 2049" names no release year.</summary>
    private (YearRange, int)? SingleYear(int i) =>
        (TimeWords.Year(w, i) ?? ShortYear(i)) is { } year && year.Value <= currentYear + 2
            ? (new YearRange(year.Value, year.Value, year.Value.ToString()), year.Length)
            : null;

    /// <summary>
    /// "movies from 95", "horror from ninety five": two digits, or a tens number said, are a year only
    /// after "from" or "in" right after a film word; "a girl from ninety five", "in 95 minutes" are not.
    /// </summary>
    private (int Value, int Length)? ShortYear(int i)
    {
        if (At(i - 1) is not ("from" or "in") || !FilmBefore(i - 1))
        {
            return null;
        }

        (int Value, int Length)? said = TimeWords.TwoDigitYear(At(i), currentYear) is { } digits ? (digits, 1)
            : SpokenNumbers.TwoDigits(w, i) is { Value: >= 20 } spoken ? (TimeWords.CenturyOf(spoken.Value, currentYear), spoken.Length)
            : null;
        return said is { } year && !QuantityWords.Contains(At(i + year.Length)) ? year : null;
    }
}
