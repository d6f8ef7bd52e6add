using System.Text.RegularExpressions;

namespace Catalog.Search.Understanding;

/// <summary>
/// Finds the one time expression of a query: decades in every spoken and written form ("'80s",
/// "eighties", "the nineteen eighties", "early 90s"), years ("1985", "nineteen eighty five"),
/// ranges ("between 1990 and 1995", "1990-1995"), open ranges ("before 1960", "after 2010",
/// "since the 90s"), the recent past ("the last few years", "past 3 years", "last year"), and the
/// vague words: "recent" and "a few years" are the last five years, "old" and "classic" mean before 1970.
/// </summary>
internal static partial class TimeExpressions
{
    public const int ClassicBefore = 1970;
    public const int RecentYears = 5;

    /// <summary>Words that only lead into the time expression ("from the", "over the"); taken with it.</summary>
    private static readonly string[] Lead = ["from", "in", "of", "during", "the", "over", "within", "between", "year"];

    /// <summary>
    /// Verbs that lead into a time only through a preposition ("released in", "came out in"), so
    /// that the words of a title before a year ("inside out 2015") stay text.
    /// </summary>
    private static readonly string[] LeadVerbs = ["released", "made", "filmed", "produced", "out", "came"];

    private static readonly string[] AfterLeadVerb = ["in", "from", "during", "between", "before", "after", "since", "over", "within", "the", "out"];

    /// <summary>
    /// A two-digit year written with an apostrophe after a word that introduces a time ("from '77",
    /// "between '85 and '90") becomes four digits before folding drops the apostrophe. Elsewhere
    /// ("Airport '77", "Summer of '42") it stays part of the text. Decades ("'80s") are left to the recognizers.
    /// </summary>
    public static string ExpandApostropheYears(string text, int currentYear)
    {
        string Expand(Match match)
        {
            var twoDigits = int.Parse(match.Groups[1].Value);
            return (2000 + twoDigits <= currentYear ? 2000 + twoDigits : 1900 + twoDigits).ToString();
        }

        // The second pass completes ranges ("from '85 to '90") once their first year is written out.
        return ApostropheRangeEnd().Replace(ApostropheYear().Replace(text, Expand), Expand);
    }

    public static YearRange? Recognize(QueryTokens tokens, int currentYear)
    {
        var words = Enumerable.Range(0, tokens.Count).Select(tokens.FreeWord).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is null)
            {
                continue;
            }

            if (Match(words, i, currentYear) is { } match)
            {
                var start = i;
                while (start > 0 && words[start - 1] is { } before
                    && (Lead.Contains(before) || (LeadVerbs.Contains(before) && AfterLeadVerb.Contains(words[start]))))
                {
                    start--;
                }

                tokens.Use(start, i + match.Length - start);
                return match.Range;
            }
        }

        return null;
    }

    private static (YearRange Range, int Length)? Match(string?[] w, int i, int currentYear) =>
        Range(w, i) ?? Relative(w, i) ?? QualifiedDecade(w, i) ?? SingleYear(w, i) ?? RecentPast(w, i, currentYear) ?? Vague(w, i, currentYear);

    /// <summary>
    /// "last few years", "past 3 years", "the last decade", "last year", "this year": after a word
    /// that leads into a time ("from the last few years") or at the end of the query, since
    /// elsewhere these words name things ("Last Year at Marienbad").
    /// </summary>
    private static (YearRange, int)? RecentPast(string?[] w, int i, int currentYear) =>
        RecentPastWords(w, i, currentYear) is { } match
        && (w.ElementAtOrDefault(i - 1) is "from" or "in" or "of" or "during" or "over" or "within" or "the" or "since"
            || i + match.Item2 == w.Length)
            ? match
            : null;

    private static (YearRange, int)? RecentPastWords(string?[] w, int i, int currentYear)
    {
        if (w[i] is "this" or "current" && w.ElementAtOrDefault(i + 1) == "year")
        {
            return (new YearRange(currentYear, null, "this year"), 2);
        }

        if (w[i] is not ("last" or "past"))
        {
            return null;
        }

        var next = w.ElementAtOrDefault(i + 1);
        if (next is "year" or "decade" && StoryFollows(w, i + 2))
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
            "few" or "several" => (RecentYears, 1),
            "couple" => (2, w.ElementAtOrDefault(i + 2) == "of" ? 2 : 1),
            _ when int.TryParse(next, out var n) => (n, 1),
            _ => SpokenNumbers.TwoDigits(w, i + 1) ?? (0, 0),
        };
        return count is >= 1 and <= 50 && w.ElementAtOrDefault(i + 1 + used) is "years" or "year" && !StoryFollows(w, i + 2 + used)
            ? (new YearRange(currentYear - count, null, $"last {count} years"), 2 + used)
            : null;
    }

    /// <summary>"the last year of high school", "the last few years of elvis": a span of a story, not of release dates.</summary>
    private static bool StoryFollows(string?[] w, int after) => w.ElementAtOrDefault(after) is "of" or "before" or "when";

    private static (YearRange, int)? Range(string?[] w, int i)
    {
        var opener = w[i] is "between" or "from" ? 1 : 0;
        if (Year(w, i + opener) is not { } from)
        {
            return null;
        }

        var at = i + opener + from.Length;
        var joiner = w.ElementAtOrDefault(at) is "and" or "to" or "through" or "thru" or "till" or "until" ? 1 : 0;
        if (opener == 1 && w[i] == "between" && joiner == 0)
        {
            return null;
        }

        if (Year(w, at + joiner) is not { } to || to.Value < from.Value)
        {
            return null;
        }

        return (new YearRange(from.Value, to.Value, $"{from.Value}–{to.Value}"), opener + from.Length + joiner + to.Length);
    }

    private static (YearRange, int)? Relative(string?[] w, int i)
    {
        var (kind, length) = (w[i], w.ElementAtOrDefault(i + 1)) switch
        {
            ("before", _) => ("before", 1),
            ("prior", "to") or ("earlier", "than") or ("older", "than") => ("before", 2),
            ("after", _) => ("after", 1),
            ("later", "than") or ("newer", "than") => ("after", 2),
            ("since", _) => ("since", 1),
            _ => (null, 0),
        };
        if (kind is null)
        {
            return null;
        }

        var at = i + length + (w.ElementAtOrDefault(i + length) == "the" ? 1 : 0);
        int first, last, used;
        if (Decade(w, at) is { } decade)
        {
            (first, last, used) = (decade.Value, decade.Value + 9, decade.Length);
        }
        else if (Year(w, at) is { } year)
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
            _ => new YearRange(first, null, $"since {first}"),
        };
        return (range, at - i + used);
    }

    private static (YearRange, int)? QualifiedDecade(string?[] w, int i)
    {
        var part = w[i] is "early" or "mid" or "late" ? w[i] : null;
        var at = part is null ? i : i + 1 + (w.ElementAtOrDefault(i + 1) == "the" ? 1 : 0);
        if (Decade(w, at) is not { } decade)
        {
            return null;
        }

        var d = decade.Value;
        if (part is null && CoordinatedDecade(w, at + decade.Length, d) is { } last)
        {
            return (new YearRange(d, last.Value + 9, $"{d}s–{last.Value}s"), at - i + decade.Length + last.Length);
        }

        var range = part switch
        {
            "early" => new YearRange(d, d + 3, $"early {d}s"),
            "mid" => new YearRange(d + 3, d + 6, $"mid {d}s"),
            "late" => new YearRange(d + 6, d + 9, $"late {d}s"),
            _ => new YearRange(d, d + 9, $"{d}s"),
        };
        return (range, at - i + decade.Length);
    }

    /// <summary>A later decade joined to the first ("the fifties and sixties", "70s to 90s"): its start and the words it took.</summary>
    private static (int Value, int Length)? CoordinatedDecade(string?[] w, int at, int first)
    {
        if (w.ElementAtOrDefault(at) is not ("and" or "or" or "to" or "through" or "thru" or "till" or "until"))
        {
            return null;
        }

        var article = w.ElementAtOrDefault(at + 1) == "the" ? 1 : 0;
        return Decade(w, at + 1 + article) is { } second && second.Value > first ? (second.Value, 1 + article + second.Length) : null;
    }

    private static (YearRange, int)? SingleYear(string?[] w, int i) =>
        Year(w, i) is { } year ? (new YearRange(year.Value, year.Value, year.Value.ToString()), year.Length) : null;

    private static (YearRange, int)? Vague(string?[] w, int i, int currentYear) => w[i] switch
    {
        "recent" or "latest" or "newest" or "recently" =>
            (new YearRange(currentYear - RecentYears, null, "recent"), w.ElementAtOrDefault(i + 1) is "years" ? 2 : 1),
        "old" or "older" or "classic" or "classics" or "vintage" or "oldies" =>
            (new YearRange(null, ClassicBefore - 1, $"before {ClassicBefore}"), 1),
        _ => null,
    };

    /// <summary>A decade at <paramref name="i"/>: its first year and the words it took.</summary>
    internal static (int Value, int Length)? Decade(string?[] w, int i)
    {
        var word = w.ElementAtOrDefault(i);
        if (word is null)
        {
            return null;
        }

        if (FullDecade().Match(word) is { Success: true } full)
        {
            return (int.Parse(full.Groups[1].Value) * 10, 1);
        }

        if (ShortDecade().Match(word) is { Success: true } brief)
        {
            return (TwoDigitDecade(int.Parse(brief.Groups[1].Value) * 10), 1);
        }

        return SpokenDecade(w, i);
    }

    private static (int Value, int Length)? SpokenDecade(string?[] w, int i)
    {
        var word = w[i]!;
        var next = w.ElementAtOrDefault(i + 1);
        if (word is "nineteen" or "eighteen" && next is not null && SpokenNumbers.DecadeWords.TryGetValue(next, out var tens) && tens >= 20)
        {
            return ((word == "nineteen" ? 1900 : 1800) + tens, 2);
        }

        if (word == "twenty" && next is not null && SpokenNumbers.DecadeWords.TryGetValue(next, out var modern) && modern <= 20)
        {
            return (2000 + modern, 2);
        }

        if ((word, next) is ("two", "thousands") or ("noughties", _) or ("aughts", _) or ("naughties", _))
        {
            return (2000, word == "two" ? 2 : 1);
        }

        // Transcripts also write "ninety's", which folds to "ninetys".
        var plural = word.EndsWith("ys", StringComparison.Ordinal) ? word[..^2] + "ies" : word;
        return SpokenNumbers.DecadeWords.TryGetValue(plural, out var bare) && bare >= 20 ? (1900 + bare, 1) : null;
    }

    /// <summary>"'00s" and "'10s" are this century; "'20s" and later are the 1900s, as in "the roaring '20s".</summary>
    private static int TwoDigitDecade(int twoDigits) => twoDigits < 20 ? 2000 + twoDigits : 1900 + twoDigits;

    private static (int Value, int Length)? Year(string?[] w, int i)
    {
        var word = w.ElementAtOrDefault(i);
        if (word is null)
        {
            return null;
        }

        if (word.Length == 4 && int.TryParse(word, out var year) && year is >= 1870 and <= 2100)
        {
            return (year, 1);
        }

        return SpokenNumbers.Year(w, i);
    }

    // Not after "of": "Summer of '42", "The Spirit of '76" are titles.
    [GeneratedRegex(@"(?<=\b(?:from|in|since|before|after|between|until|till|circa|around|year)\s+)['’‘`](\d{2})\b(?!['’]?s\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ApostropheYear();

    [GeneratedRegex(@"(?<=\b(?:1[89]\d\d|20\d\d)\s+(?:and|to|through|till|until)\s+)['’‘`](\d{2})\b(?!['’]?s\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ApostropheRangeEnd();

    [GeneratedRegex(@"^(1[89]\d|20\d)0s$")]
    private static partial Regex FullDecade();

    [GeneratedRegex(@"^(\d)0s$")]
    private static partial Regex ShortDecade();
}
