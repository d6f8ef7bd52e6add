using System.Text.RegularExpressions;

namespace Catalog.Search.Understanding;

/// <summary>
/// Finds the one release-time expression of a query (<see cref="TimeGrammar"/> lists the forms) and
/// takes it with the words that lead into it ("from the", "released in"). A time that tells an age
/// ("a man in his forties") or a setting ("set in the 1920s") is not a release date and stays text.
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

    private static readonly string[] AfterLeadVerb = ["in", "from", "during", "between", "before", "after", "since", "over", "within", "the", "out", "around"];

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "his", "her", "their", "my", "your", "our", "its" };

    /// <summary>Words right after "set" that place a story: "set in the 1920s", "set around 1920", "set at the turn of the century".</summary>
    private static readonly HashSet<string> SettingLinks = new(StringComparer.Ordinal)
    {
        "in", "during", "back", "around", "sometime", "at", "before", "after", "between", "from", "throughout",
    };

    /// <summary>How far before a time "set" may stand, past a place ("set in new york in the 1920s").</summary>
    private const int SettingReach = 6;

    /// <summary>
    /// A two-digit year written with an apostrophe after a word that introduces a time ("from '77",
    /// "between '85 and '90") becomes four digits before folding drops the apostrophe. Elsewhere
    /// ("Airport '77", "Summer of '42") it stays part of the text. Decades ("'80s") are left to the recognizers.
    /// </summary>
    public static string ExpandApostropheYears(string text, int currentYear)
    {
        string Expand(Match match) => TimeWords.CenturyOf(int.Parse(match.Groups[1].Value), currentYear).ToString();

        // The second pass completes ranges ("from '85 to '90") once their first year is written out.
        return ApostropheRangeEnd().Replace(ApostropheYear().Replace(text, Expand), Expand);
    }

    /// <param name="isGenreWord">Whether words begin a genre name ("horror", "sci fi"): "old horror" is a time, "an old man" is not.</param>
    public static YearRange? Recognize(QueryTokens tokens, int currentYear, Func<string, bool>? isGenreWord = null)
    {
        var words = Enumerable.Range(0, tokens.Count).Select(tokens.FreeWord).ToArray();
        var grammar = new TimeGrammar(words, currentYear, isGenreWord ?? (_ => false));
        var found = Candidates(words, grammar).ToList();
        if (found.Count == 0)
        {
            return null;
        }

        // "classic mid eighties family flicks", "old 80s horror": a vague word beside a said time is praise, not a second time.
        var chosen = found.FirstOrDefault(f => !TimeGrammar.IsVague(f.Range)) ?? found[0];
        foreach (var vague in found.Where(f => f != chosen && TimeGrammar.IsVague(f.Range)))
        {
            tokens.Use(vague.Start, vague.End - vague.Start, describes: true);
        }

        chosen = Restated(tokens, words, found, chosen);
        var range = chosen.Range;
        if (chosen.Negation >= 0)
        {
            range = Inverted(range)!;
            tokens.Use(chosen.Negation, 1, describes: true);
        }

        tokens.Use(chosen.Start, chosen.End - chosen.Start, describes: true);
        return BoundedBySecond(tokens, grammar, range, chosen.End) ?? range;
    }

    /// <summary>
    /// A time said again after the first: corrected ("from nineteen eighty, I mean, nineteen eighty
    /// two": the second) or restated ("the two thousand tens, you know, twenty ten to twenty
    /// nineteen": the narrower, when they overlap). Only speech's asides may stand between them;
    /// the time given up is taken with them.
    /// </summary>
    private static Candidate Restated(QueryTokens tokens, string?[] words, List<Candidate> found, Candidate chosen)
    {
        foreach (var next in found.Where(f => f.Negation < 0 && !TimeGrammar.IsVague(f.Range)).ToList())
        {
            if (next.Start < chosen.End)
            {
                // Before the time kept, or its lead words reach back into it ("1990, i mean from this year 2024").
                continue;
            }

            var said = SpeechFillers.Between(words[chosen.End..next.Start].OfType<string>().ToList());
            var corrected = said == SpeechFillers.SaidAgain.Corrected;
            if (said == SpeechFillers.SaidAgain.No || (!corrected && !Overlap(chosen.Range, next.Range)))
            {
                break;
            }

            var keep = corrected || Span(next.Range) <= Span(chosen.Range) ? next : chosen;
            var drop = keep == next ? chosen : next;
            tokens.Use(drop.Start, drop.End - drop.Start, describes: true);
            tokens.Use(chosen.End, next.Start - chosen.End);
            chosen = keep;
        }

        return chosen;
    }

    private static bool Overlap(YearRange a, YearRange b) => (a.From ?? int.MinValue) <= (b.To ?? int.MaxValue) && (b.From ?? int.MinValue) <= (a.To ?? int.MaxValue);

    private static long Span(YearRange range) => (long)(range.To ?? int.MaxValue) - (range.From ?? int.MinValue);

    /// <summary>A release time found: its words [Start, End) with those that lead into it, and a negation before them (or -1).</summary>
    private sealed record Candidate(int Start, int End, YearRange Range, int Negation);

    private static IEnumerable<Candidate> Candidates(string?[] words, TimeGrammar grammar)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is null || grammar.Match(i) is not { } match)
            {
                continue;
            }

            var (at, end) = (i, i + match.Length);
            i = end - 1;
            if (IsAge(words, at) || IsSetting(words, at))
            {
                continue;
            }

            var start = at;
            while (start > 0 && words[start - 1] is { } before
                && (Lead.Contains(before) || (LeadVerbs.Contains(before) && AfterLeadVerb.Contains(words[start]))))
            {
                start--;
            }

            // "nothing before 1980" is 1980 on; "no 80s movies" cannot be said as one range, so it stays words.
            var negation = NegationBefore(words, start);
            if (negation < 0 || Inverted(match.Range) is not null)
            {
                yield return new Candidate(start, end, match.Range, negation);
            }
        }
    }

    /// <summary>
    /// "after 2010 but before 2015", "since 1990 and until 1995": an open range closed by the other
    /// bound right after it, taken with its joiner. Null when none follows.
    /// </summary>
    private static YearRange? BoundedBySecond(QueryTokens tokens, TimeGrammar grammar, YearRange first, int end)
    {
        var joiner = tokens.FreeWord(end) is "and" or "but" ? 1 : 0;
        if ((first.From is null) == (first.To is null) || tokens.FreeWord(end + joiner) is null
            || grammar.Match(end + joiner) is not { } second || (second.Range.From is null) == (second.Range.To is null))
        {
            return null;
        }

        var (from, to) = (first.From ?? second.Range.From, first.To ?? second.Range.To);
        if (from is null || to is null || from > to)
        {
            return null;
        }

        tokens.Use(end, joiner + second.Length, describes: true);
        return new YearRange(from, to, $"{from}–{to}");
    }

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "nothing", "no", "not", "none" };

    /// <summary>"nothing before", "no movies older than": where the negation before <paramref name="start"/> stands, or -1.</summary>
    private static int NegationBefore(string?[] w, int start) =>
        start > 0 && w[start - 1] is { } before && Negations.Contains(before) ? start - 1
        : start > 1 && w[start - 2] is { } earlier && Negations.Contains(earlier) && w[start - 1] is "movies" or "films" or "flicks" or "titles" or "shows" ? start - 2
        : -1;

    /// <summary>The years an open range leaves out ("before 1980" → "since 1980"); null for a closed range.</summary>
    private static YearRange? Inverted(YearRange range) => (range.From, range.To) switch
    {
        (null, { } to) => new YearRange(to + 1, null, $"since {to + 1}"),
        ({ } from, null) => new YearRange(null, from - 1, $"until {from - 1}"),
        _ => null,
    };

    /// <summary>"in his forties", "their early twenties": how old someone is.</summary>
    private static bool IsAge(string?[] w, int start) => start > 0 && w[start - 1] is { } before && Possessives.Contains(before);

    /// <summary>
    /// "set in the 1920s", "set in paris in 1968", "takes place during the fifties": when the story
    /// happens. "about the sixties", "a documentary on the 1960s": what it is about.
    /// </summary>
    private static bool IsSetting(string?[] w, int start)
    {
        var before = start > 0 && w[start - 1] == "the" ? start - 2 : start - 1;
        if (before >= 0 && w[before] is "about" or "on")
        {
            return true;
        }

        for (var j = start - 1; j >= 0 && j >= start - SettingReach; j--)
        {
            var sets = w[j] == "set" || (w[j] == "place" && j > 0 && w[j - 1] is "takes" or "take" or "taking" or "took");
            if (sets && w.ElementAtOrDefault(j + 1) is { } link && (SettingLinks.Contains(link) || j + 1 == start))
            {
                return true;
            }
        }

        return false;
    }

    // Not after "of": "Summer of '42", "The Spirit of '76" are titles.
    [GeneratedRegex(@"(?<=\b(?:from|in|since|before|after|between|until|till|circa|around|year)\s+)['’‘`](\d{2})\b(?!['’]?s\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ApostropheYear();

    [GeneratedRegex(@"(?<=\b(?:1[89]\d\d|20\d\d)\s+(?:and|to|through|till|until)\s+)['’‘`](\d{2})\b(?!['’]?s\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ApostropheRangeEnd();
}
