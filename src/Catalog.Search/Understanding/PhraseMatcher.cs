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
