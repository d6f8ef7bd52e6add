namespace Catalog.Search.Understanding;

internal static class PhraseMatcher
{
    /// <summary>The longest of <paramref name="phrases"/> whose free words start at <paramref name="i"/>, as its length.</summary>
    public static int Match(QueryTokens tokens, int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (tokens.IsFree(i, phrase.Length) && Enumerable.Range(0, phrase.Length).All(k => tokens.Words[i + k] == phrase[k]))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="phrase"/> was said at <paramref name="at"/>, whether or not a recognizer took its words.</summary>
    public static bool SaidAt(QueryTokens tokens, int at, string[] phrase) =>
        at >= 0 && at + phrase.Length <= tokens.Count && phrase.Select((w, k) => tokens.Words[at + k] == w).All(x => x);

    /// <summary>Where the free words of any of <paramref name="phrases"/> stand, longest phrase first at each place.</summary>
    public static HashSet<int> Positions(QueryTokens tokens, string[][] phrases)
    {
        var at = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = Match(tokens, i, phrases);
            at.UnionWith(Enumerable.Range(i, length));
            i += Math.Max(length - 1, 0);
        }

        return at;
    }

    /// <summary>
    /// Takes the free words of <paramref name="phrases"/> unless the other content words left make
    /// a story of <paramref name="storyWords"/> or more, where such words may be part of it.
    /// </summary>
    public static void TakeUnlessStory(QueryTokens tokens, string[][] phrases, int storyWords)
    {
        var at = Positions(tokens, phrases);
        var otherContent = Enumerable.Range(0, tokens.Count)
            .Count(i => tokens.FreeWord(i) is { } w && !at.Contains(i) && !QueryWords.StopWords.Contains(w));
        if (otherContent < storyWords)
        {
            foreach (var i in at)
            {
                tokens.Use(i, 1);
            }
        }
    }

    /// <summary>The longest phrase ending just before <paramref name="end"/>, as its length.</summary>
    public static int MatchBefore(QueryTokens tokens, int end, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var start = end - phrase.Length;
            if (start >= 0 && Match(tokens, start, [phrase]) == phrase.Length)
            {
                return phrase.Length;
            }
        }

        return 0;
    }
}
