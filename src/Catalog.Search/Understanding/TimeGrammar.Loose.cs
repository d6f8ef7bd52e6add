namespace Catalog.Search.Understanding;

/// <summary>The looser forms of <see cref="TimeGrammar"/>: about a year, years ago, named eras, the recent past and the vague words.</summary>
internal sealed partial class TimeGrammar
{
    // Declared before the table that uses them: static fields initialize in order.
    private static readonly YearRange PreCode = new(1929, 1934, "pre-Code 1929–1934");
    private static readonly YearRange EarlyTalkies = new(1927, 1933, "early talkies 1927–1933");
    private static readonly YearRange TwentiethCentury = new(1900, 1999, "20th century");
    private static readonly YearRange TwentyFirstCentury = new(2000, null, "21st century");

    private static readonly (string[] Words, YearRange Range)[] Eras =
    [
        (["golden", "age", "of", "hollywood"], Classic), (["hollywood", "golden", "age"], Classic), (["hollywoods", "golden", "age"], Classic),
        (["golden", "age", "hollywood"], Classic), (["old", "hollywood"], Classic), (["classic", "hollywood"], Classic),
        (["pre", "world", "war", "two"], new(null, 1938, "before 1939")), (["pre", "world", "war", "ii"], new(null, 1938, "before 1939")),
        (["pre", "war"], new(null, 1938, "before 1939")), (["prewar"], new(null, 1938, "before 1939")),
        (["post", "war"], new(1945, 1959, "1945–1959")), (["postwar"], new(1945, 1959, "1945–1959")),
        // Film history's own eras, by the years film historians give them. The silent era is not
        // one: the catalog labels silent films, and they were made well into the 1930s. Nor is the
        // 19th century: films said to be of it are set in it.
        (["pre", "code"], PreCode), (["precode"], PreCode),
        (["early", "talkies"], EarlyTalkies), (["early", "sound", "era"], EarlyTalkies),
        (["new", "hollywood"], new(1967, 1980, "New Hollywood 1967–1980")),
        (["new", "millennium"], new(2000, 2009, "2000s")), (["around", "the", "millennium"], new(1998, 2002, "1998–2002")),
        (["twentieth", "century"], TwentiethCentury), (["20th", "century"], TwentiethCentury), (["last", "century"], TwentiethCentury),
        (["twenty", "first", "century"], TwentyFirstCentury), (["21st", "century"], TwentyFirstCentury), (["this", "century"], TwentyFirstCentury),
    ];


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
        // "1990 or so", "1980-ish" ("1980ish" is read as a year by TimeWords).
        var trail = (At(after), At(after + 1)) is ("or", "so") ? 2 : At(after) is "ish" ? 1 : 0;
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
            && At(i - 1) == "the" && At(i - 2) is "from" or "around")
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

        if ((At(i), At(i + 1)) is ("golden", "age") && At(i + 2) is { } next && (isGenreWord(next) || KindWords.Contains(next)))
        {
            // "golden age noir" is Hollywood's; "the golden age of piracy", "elizabeth the golden age" are not.
            return (Classic, 2);
        }

        return null;
    }

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

        if (At(i) is not ("last" or "past" or "previous"))
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

    /// <summary>"classic", "old", "recent": a time said loosely, which a time said exactly beside it overrides.</summary>
    public static bool IsVague(YearRange range) => range == Classic || range.Label == "recent";

    private (YearRange, int)? Vague(int i)
    {
        var recent = new YearRange(currentYear - TimeExpressions.RecentYears, null, "recent");
        return (At(i), At(i + 1)) switch
        {
            ("recent" or "latest" or "newest" or "recently", var next) => (recent, next is "years" or "released" ? 2 : 1),
            ("new", "releases" or "release" or "arrivals") or ("newly", "released") or ("brand", "new") => (recent, 2),
            // "cult classics" and "modern classics" are loved, not old.
            ("classic" or "classics", _) when At(i - 1) is "cult" or "modern" or "instant" or "future" or "contemporary" => null,
            ("classic" or "classics" or "vintage" or "oldies", _) => (Classic, 1),
            ("old" or "older", var next) when DatesAFilm(i, next) => (Classic, 1),
            ("new" or "newer", var next) when DatesAFilm(i, next) => (recent, 1),
            _ => null,
        };
    }

    /// <summary>
    /// "old" (or "new") dates a film only when a film follows, maybe after genre words ("old horror
    /// movies", "new westerns", "an old black and white film"), or it is the whole query; "an old
    /// man", "an old war hero", "a man who feels old", "new york" are not films.
    /// </summary>
    private bool DatesAFilm(int i, string? next)
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

        if (TimeWords.Decade(w, i + 1) is not null)
        {
            // "old 90s horror": said beside a decade, "old" only praises it (the decade wins).
            return true;
        }

        var k = i + 1;
        // "old sci fi ones": a genre name of two words runs on.
        while (At(k) is { } word && !KindWords.Contains(word) && (isGenreWord(word) || (k > i + 1 && isGenreWord($"{At(k - 1)} {word}"))) && k < i + 4)
        {
            // A plural genre is itself a film noun: "old westerns", "old musicals".
            if (word.EndsWith('s') && !KindWords.Contains(At(k + 1) ?? string.Empty) && (At(k + 1) is null || !isGenreWord(At(k + 1)!)))
            {
                return true;
            }

            k++;
        }

        // "old horror movies", or "old horror" ending the query or followed by chatter ("old horror gems").
        return At(k) is { } kind
            ? KindWords.Contains(kind) || (k > i + 1 && (QueryWords.IsChatter(kind) || kind is "classic" or "classics"))
            : k > i + 1;
    }
}
