using System.Text.RegularExpressions;
using Catalog.Core.Titles;

namespace Catalog.Search.Understanding;

/// <summary>
/// The words of speech around a request: hesitations anywhere, how a request opens ("can you find
/// me", "what's the name of the movie where"), the question around it ("what ... have you got"),
/// and the empty words left in the residue ("of all time").
/// </summary>
internal static partial class SpeechFillers
{
    /// <summary>
    /// The text without hesitations ("um", "uhh", "er", "hmm"), so the words around one join up again:
    /// "from the uh eighties" is "from the eighties" to the time grammar. Every reading of a query starts here.
    /// </summary>
    public static string WithoutHesitations(string text) => Hesitation().Replace(text, " ");

    [GeneratedRegex(@"(?<![\w'])(?:u+m+|u+h+|e+r+m*|h+m+|m+hm+)(?![\w'])[,.]?", RegexOptions.IgnoreCase)]
    private static partial Regex Hesitation();

    /// <summary>What the words between two things said make of the second.</summary>
    public enum SaidAgain
    {
        /// <summary>Words of their own stand between: two things.</summary>
        No,

        /// <summary>Only asides ("you know, like"): the same thing said again.</summary>
        Restated,

        /// <summary>A correction ("I mean", "sorry", "or rather"): the second replaces the first.</summary>
        Corrected,
    }

    /// <param name="alsoAside">Words that may also stand between in this place ("brad pitt movies, sorry, tom cruise").</param>
    public static SaidAgain Between(IReadOnlyCollection<string> words, Func<string, bool>? alsoAside = null) =>
        !words.All(w => QueryWords.Corrections.Contains(w) || QueryWords.Asides.Contains(w) || alsoAside?.Invoke(w) == true) ? SaidAgain.No
        : words.Any(QueryWords.Corrections.Contains) ? SaidAgain.Corrected
        : SaidAgain.Restated;

    /// <summary>The words left for text retrieval: without hesitations and the empty words of speech ("really", "of all time").</summary>
    public static List<string> WithoutFillers(IEnumerable<string> words)
    {
        var tokens = new QueryTokens(string.Join(' ', words.Where(w => !QueryWords.AnywhereFillers.Contains(w))));
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = PhraseMatcher.Match(tokens, i, QueryWords.ResidueFillers);
            tokens.Use(i, length);
        }

        return [.. tokens.FreeWords()];
    }

    /// <param name="titleStartsAt">Whether a title's name starts at a word: "like find me guilty" is the film.</param>
    /// <returns>The kind a stripped opener said ("what's the name of the movie where"), or null.</returns>
    public static TitleKind? StripFillers(QueryTokens tokens, Func<int, bool>? titleStartsAt = null)
    {
        TitleKind? said = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (QueryWords.AnywhereFillers.Contains(tokens.Words[i]))
            {
                tokens.Use(i, 1);
            }
        }

        StripQuestionFrame(tokens);

        var start = 0;
        while (start < tokens.Count)
        {
            if (tokens.IsUsed(start))
            {
                start++;
                continue;
            }

            var length = PhraseMatcher.Match(tokens, start, QueryWords.LeadingFillers);
            if (length == 0 && tokens.Words[start] == "like" && PhraseMatcher.Match(tokens, start + 1, QueryWords.RequestOpeners) > 0
                && titleStartsAt?.Invoke(start + 1) != true)
            {
                // "like, can you find me ...": a hesitation before the request, not "like <title>".
                length = 1;
            }

            if (length == 0)
            {
                break;
            }

            tokens.Use(start, length);
            // A remembered story's opener may say it is a film ("the movie where"); openers never say series.
            said ??= Enumerable.Range(start, length).Any(i => QueryWords.MovieWords.Any(w => w is [var one] && one == tokens.Words[i]))
                ? TitleKind.Movie
                : null;
            start += length;
        }

        return said;
    }

    /// <summary>"what courtroom dramas have you got", "which westerns are there": the question around the request.</summary>
    private static void StripQuestionFrame(QueryTokens tokens)
    {
        var (first, last) = (tokens.FirstFree(), tokens.LastFree());
        var opener = first < 0 ? 0 : PhraseMatcher.Match(tokens, first, QueryWords.QuestionOpeners);
        if (opener == 0)
        {
            return;
        }

        foreach (var tail in QueryWords.QuestionTails)
        {
            var start = last - tail.Length + 1;
            if (start > first + opener && PhraseMatcher.Match(tokens, start, [tail]) == tail.Length)
            {
                tokens.Use(first, opener);
                tokens.Use(start, tail.Length);
                return;
            }
        }
    }
}
