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
internal sealed class TimeGrammar(string?[] w, int currentYear, Func<string, bool> isGenreWord)
{
    private static readonly string[] Joiners = ["and", "or", "to", "through", "thru", "till", "until"];

    private static readonly string[] KindWords =
        ["movie", "movies", "film", "films", "flick", "flicks", "picture", "pictures", "show", "shows", "series", "tv", "cartoon", "cartoons"];

    private static readonly YearRange Classic = new(null, TimeExpressions.ClassicBefore - 1, $"before {TimeExpressions.ClassicBefore}");

    private static readonly (string[] Words, YearRange Range)[] Eras =
    [
        (["golden", "age", "of", "hollywood"], Classic), (["hollywood", "golden", "age"], Classic), (["hollywoods", "golden", "age"], Classic),
        (["golden", "age", "hollywood"], Classic), (["old", "hollywood"], Classic), (["classic", "hollywood"], Classic),
        (["pre", "world", "war", "two"], new(null, 1938, "before 1939")), (["pre", "world", "war", "ii"], new(null, 1938, "before 1939")),
        (["pre", "war"], new(null, 1938, "before 1939")), (["prewar"], new(null, 1938, "before 1939")),
        (["post", "war"], new(1945, 1959, "1945–1959")), (["postwar"], new(1945, 1959, "1945–1959")),
    ];

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
        if (end is null && shortEnd && TimeWords.TwoDigitYear(At(at + joiner), currentYear) is not null)
        {
            // "1985 to 95", "1995 to 05": the end keeps the start's century, or the next one.
            var year = start.Value - (start.Value % 100) + int.Parse(At(at + joiner)!);
            end = (year < start.Value ? year + 100 : year, 1);
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

    /// <summary>"around 1990", "circa 1955", "1990 or so": two years either side.</summary>
    private (YearRange, int)? Around(int i)
    {
        // "about 1990" only after a time word ("from about 1990"): "a film about 1968" is a subject.
        var lead = At(i) is "around" or "circa" or "roughly" or "approximately" || (At(i) == "about" && At(i - 1) is "from" or "in" or "released" or "made") ? 1 : 0;
        if (lead == 1 && QualifiedDecade(i + 1 + (At(i + 1) == "the" ? 1 : 0)) is var (decade, length))
        {
            // "from around the 90s" is the decade.
            return (decade, 1 + (At(i + 1) == "the" ? 1 : 0) + length);
        }

        if (TimeWords.Year(w, i + lead) is not { } year)
        {
            return null;
        }

        var after = i + lead + year.Length;
        var trail = (At(after), At(after + 1)) is ("or", "so") ? 2 : 0;
        return lead + trail == 0 ? null : (new YearRange(year.Value - 2, year.Value + 2, $"around {year.Value}"), lead + year.Length + trail);
    }

    /// <summary>"20 years ago", "a decade ago", "a few years ago".</summary>
    private (YearRange, int)? YearsAgo(int i)
    {
        var (count, used) = At(i) switch
        {
            "a" when At(i + 1) is "few" or "couple" => (-1, At(i + 2) == "of" ? 3 : 2),
            "few" or "several" => (-1, 1),
            "a" => (1, 1),
            { } digits when int.TryParse(digits, out var n) && n is >= 1 and <= 99 => (n, 1),
            _ => SpokenNumbers.TwoDigits(w, i) ?? (0, 0),
        };
        var unit = At(i + used) switch
        {
            "year" or "years" => 1,
            "decade" or "decades" => 10,
            _ => 0,
        };
        // Only as a release time ("movies from 20 years ago", "released a decade ago"): in a story
        // ("the town she left 20 years ago") it is when something happened.
        if (count == 0 || unit == 0 || At(i + used + 1) != "ago" || At(i - 1) is not ("from" or "released" or "made" or "out"))
        {
            return null;
        }

        if (count < 0 && unit != 1)
        {
            return null;
        }

        if (count < 0)
        {
            return (new YearRange(currentYear - TimeExpressions.RecentYears, currentYear - 2, "a few years ago"), used + 2);
        }

        var centre = currentYear - (count * unit);
        return (new YearRange(centre - 1, centre + 1, $"around {centre}"), used + 2);
    }

    private (YearRange, int)? Era(int i)
    {
        if ((At(i), At(i + 1), At(i + 2), At(i + 3)) is ("turn", "of", "the", "century" or "millennium")
            && At(i - 1) == "the" && At(i - 2) is "from")
        {
            return (new YearRange(1998, 2002, "1998–2002"), 4);
        }

        foreach (var (words, range) in Eras)
        {
            if (words.Select((word, k) => At(i + k) == word).All(x => x))
            {
                return (range, words.Length + (At(i + words.Length) is "era" or "period" ? 1 : 0));
            }
        }

        return null;
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

        // "eighties era teen movies".
        end += At(end) is "era" ? 1 : 0;
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
        TimeWords.Year(w, i) is { } year && year.Value <= currentYear + 2
            ? (new YearRange(year.Value, year.Value, year.Value.ToString()), year.Length)
            : null;

    /// <summary>
    /// "last few years", "past 3 years", "the last decade", "last year", "this year": after a word
    /// that leads into a time ("from the last few years") or at the end of the query, since
    /// elsewhere these words name things ("Last Year at Marienbad").
    /// </summary>
    private (YearRange, int)? RecentPast(int i) =>
        RecentPastWords(i) is { } match
        && (At(i - 1) is "from" or "in" or "of" or "during" or "over" or "within" or "the" or "since" || i + match.Item2 == w.Length)
            ? match
            : null;

    private (YearRange, int)? RecentPastWords(int i)
    {
        if (At(i) is "this" or "current" && At(i + 1) == "year")
        {
            return (new YearRange(currentYear, null, "this year"), 2);
        }

        if (At(i) is not ("last" or "past"))
        {
            return null;
        }

        var next = At(i + 1);
        if (next is "year" or "decade" && StoryFollows(i + 2))
        {
            return null;
        }

        if (next is "year")
        {
            return (new YearRange(currentYear - 1, currentYear - 1, (currentYear - 1).ToString()), 2);
        }

        if (next is "decade")
        {
            return (new YearRange(currentYear - 10, null, "last 10 years"), 2);
        }

        // "few years", "couple of years", "3 years", "twenty five years".
        var (count, used) = next switch
        {
            "few" or "several" => (TimeExpressions.RecentYears, 1),
            "couple" => (2, At(i + 2) == "of" ? 2 : 1),
            _ when int.TryParse(next, out var n) => (n, 1),
            _ => SpokenNumbers.TwoDigits(w, i + 1) ?? (0, 0),
        };
        return count is >= 1 and <= 50 && At(i + 1 + used) is "years" or "year" && !StoryFollows(i + 2 + used)
            ? (new YearRange(currentYear - count, null, $"last {count} years"), 2 + used)
            : null;
    }

    /// <summary>"the last year of high school", "the last few years of elvis": a span of a story, not of release dates.</summary>
    private bool StoryFollows(int after) => At(after) is "of" or "before" or "when";

    private (YearRange, int)? Vague(int i)
    {
        var recent = new YearRange(currentYear - TimeExpressions.RecentYears, null, "recent");
        return (At(i), At(i + 1)) switch
        {
            ("recent" or "latest" or "newest" or "recently", var next) => (recent, next is "years" or "released" ? 2 : 1),
            ("new", "releases" or "release" or "arrivals") or ("newly", "released") or ("brand", "new") => (recent, 2),
            ("classic" or "classics" or "vintage" or "oldies", _) => (Classic, 1),
            ("old" or "older", var next) when OldMeansClassic(i, next) => (Classic, 1),
            _ => null,
        };
    }

    /// <summary>
    /// "old" dates a film only when a film follows, maybe after genre words ("old horror movies",
    /// "old westerns", "an old black and white film"), or it is the whole query; "an old man", "an
    /// old war hero", "a man who feels old" are people.
    /// </summary>
    private bool OldMeansClassic(int i, string? next)
    {
        if (next is null)
        {
            // "something old": the query has no other word.
            return w.Count(word => word is not null) == 1;
        }

        if ((next, At(i + 2), At(i + 3)) is ("black", "and", "white"))
        {
            return true;
        }

        var k = i + 1;
        while (At(k) is { } word && !KindWords.Contains(word) && isGenreWord(word) && k < i + 4)
        {
            // A plural genre is itself a film noun: "old westerns", "old musicals".
            if (word.EndsWith('s') && !KindWords.Contains(At(k + 1) ?? string.Empty) && (At(k + 1) is null || !isGenreWord(At(k + 1)!)))
            {
                return true;
            }

            k++;
        }

        // "old horror movies", or "old horror" ending the query.
        return At(k) is { } kind ? KindWords.Contains(kind) : k > i + 1;
    }
}
