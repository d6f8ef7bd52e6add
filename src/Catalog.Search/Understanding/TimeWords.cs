using System.Text.RegularExpressions;

namespace Catalog.Search.Understanding;

/// <summary>
/// The atoms of time expressions: a decade ("80s", "1980s", "eighties", "nineteen eighties", "the
/// two thousands"), a year ("1985", "nineteen eighty five"), and the words that pick part of a
/// decade ("early", "the first half of").
/// </summary>
internal static partial class TimeWords
{
    /// <summary>The part of a decade a qualifier picks, as years from its start.</summary>
    public sealed record DecadePart(string Label, int First, int Last);

    public static readonly DecadePart Whole = new(string.Empty, 0, 9);

    // People draw these lines differently ("late 80s" is 1985–89 to some, 1987–89 to others); the
    // filter takes the years every reading shares, so all it shows is what was meant: three years
    // each, not overlapping. Nothing found there, relaxation widens to the decade.
    private static readonly DecadePart Early = new("early ", 0, 3);
    private static readonly DecadePart Mid = new("mid ", 4, 6);
    private static readonly DecadePart Late = new("late ", 7, 9);

    private static readonly (string[] Words, DecadePart Part)[] Qualifiers =
    [
        (["first", "half", "of"], new DecadePart("early ", 0, 4)),
        (["second", "half", "of"], new DecadePart("late ", 5, 9)),
        (["latter", "half", "of"], new DecadePart("late ", 5, 9)),
        (["early", "part", "of"], Early), (["later", "part", "of"], Late), (["late", "part", "of"], Late),
        (["latter", "part", "of"], Late), (["middle", "of"], Mid), (["start", "of"], Early), (["beginning", "of"], Early),
        (["end", "of"], Late), (["early"], Early), (["mid"], Mid), (["middle"], Mid), (["late"], Late), (["decade", "of"], Whole),
        // Nicknames of decades say nothing about which part: "the roaring twenties", "the swinging sixties".
        (["roaring"], Whole), (["swinging"], Whole),
    ];

    /// <summary>
    /// A qualifier at <paramref name="i"/> ("early", "the second half of"), or two joined ("mid to
    /// late", "early-to-mid"), with the words taken; Whole and 0 when there is none.
    /// </summary>
    public static (DecadePart Part, int Length) Qualifier(string?[] w, int i)
    {
        var (first, length) = OneQualifier(w, i);
        if (first != Whole && w.ElementAtOrDefault(i + length) is "to" or "or" && OneQualifier(w, i + length + 1) is var (second, more)
            && second != Whole && second.Last > first.Last)
        {
            return (new DecadePart($"{first.Label}to {second.Label}", first.First, second.Last), length + 1 + more);
        }

        return (first, length);
    }

    private static (DecadePart Part, int Length) OneQualifier(string?[] w, int i)
    {
        foreach (var (words, part) in Qualifiers)
        {
            if (words.Select((word, k) => w.ElementAtOrDefault(i + k) == word).All(x => x))
            {
                // "the early part of the 2010s": the article after the qualifier goes with it.
                var article = w.ElementAtOrDefault(i + words.Length) == "the" ? 1 : 0;
                return (part, words.Length + article);
            }
        }

        return (Whole, 0);
    }

    /// <summary>A decade at <paramref name="i"/>: its first year and the words it took.</summary>
    public static (int Value, int Length)? Decade(string?[] w, int i)
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

    /// <summary>A year at <paramref name="i"/>, in digits or words, with the words it took.</summary>
    public static (int Value, int Length)? Year(string?[] w, int i)
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

    /// <summary>A year written with two digits ("95", "08"): the latest such year not after this one.</summary>
    public static int? TwoDigitYear(string? word, int currentYear) =>
        word is { Length: 2 } && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1]) ? CenturyOf(int.Parse(word), currentYear) : null;

    public static int CenturyOf(int twoDigits, int currentYear) => 2000 + twoDigits <= currentYear ? 2000 + twoDigits : 1900 + twoDigits;

    private static (int Value, int Length)? SpokenDecade(string?[] w, int i)
    {
        var word = w[i]!;
        var next = w.ElementAtOrDefault(i + 1);
        // "the nineteen tens" too: after a century, "tens" and "teens" name the decade.
        if (word is "nineteen" or "eighteen" && next is not null && SpokenNumbers.DecadeWords.TryGetValue(next, out var tens))
        {
            return ((word == "nineteen" ? 1900 : 1800) + tens, 2);
        }

        if (word == "twenty" && next is not null && SpokenNumbers.DecadeWords.TryGetValue(next, out var modern) && modern <= 20)
        {
            return (2000 + modern, 2);
        }

        if ((word, next) is ("two", "thousands") or ("noughties" or "aughts" or "oughts" or "naughties" or "noughts", _))
        {
            return (2000, word == "two" ? 2 : 1);
        }

        if ((word, next, w.ElementAtOrDefault(i + 2)) is ("two", "thousand", "tens" or "teens" or "twenties"))
        {
            // "the two thousand tens": said like "the twenty tens".
            return (w[i + 2] == "twenties" ? 2020 : 2010, 3);
        }

        // Transcripts also write "ninety's", which folds to "ninetys".
        var plural = word.EndsWith("ys", StringComparison.Ordinal) ? word[..^2] + "ies" : word;
        return SpokenNumbers.DecadeWords.TryGetValue(plural, out var bare) && bare >= 20 ? (1900 + bare, 1) : null;
    }

    /// <summary>"'00s" and "'10s" are this century; "'20s" and later are the 1900s, as in "the roaring '20s".</summary>
    private static int TwoDigitDecade(int twoDigits) => twoDigits < 20 ? 2000 + twoDigits : 1900 + twoDigits;

    [GeneratedRegex(@"^(1[89]\d|20\d)0s$")]
    private static partial Regex FullDecade();

    [GeneratedRegex(@"^(\d)0s$")]
    private static partial Regex ShortDecade();
}
