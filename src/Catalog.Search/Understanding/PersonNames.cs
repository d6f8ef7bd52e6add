namespace Catalog.Search.Understanding;

/// <summary>
/// Which cast entries are names. Wikipedia's cast lists also hold credit wording ("Narrated by",
/// "Voices of", "Archive footage of", "the history of", "stand-up comedy"); read as people, they turn
/// ordinary phrases of a query into filters that leave nothing. Stage names that begin with "the"
/// ("The Rock", "The Edge") are real but read like ordinary words, so they need a cue ("with the rock").
/// </summary>
internal static class PersonNames
{
    /// <summary>Words of credit lines, never of a name.</summary>
    private static readonly HashSet<string> CreditWords = new(StringComparer.Ordinal)
    {
        "narrated", "narrator", "narration", "voice", "voices", "footage", "archive", "music", "score", "uncredited",
        "himself", "herself", "themselves", "orchestra", "various", "cast", "featuring", "starring", "cameo", "comedy",
    };

    /// <summary>Whether the entry may be matched at all: capitalised like a name, no credit wording, no dangling small word.</summary>
    public static bool IsName(PersonEntry person)
    {
        var words = person.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0
            && person.Name.Any(char.IsUpper)
            && !words.Any(CreditWords.Contains)
            && !IsSmallWord(words[^1])
            && (words[0] == "the" || !IsSmallWord(words[0]));
    }

    /// <summary>A stop word, but not an initial ("A. Edward Sutherland", "T.I.").</summary>
    private static bool IsSmallWord(string word) => word.Length > 1 && QueryWords.StopWords.Contains(word);

    /// <summary>"The Rock": a name only where the sentence says a person comes.</summary>
    public static bool NeedsCue(PersonEntry person) => person.Key.StartsWith("the ", StringComparison.Ordinal);
}
