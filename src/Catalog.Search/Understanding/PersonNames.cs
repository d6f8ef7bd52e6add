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

    /// <summary>Generational suffixes, as credited and as said: "Robert Downey Jr.", "downey junior".</summary>
    public static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "junior", "senior", "ii", "iii", "iv" };

    /// <summary>The surname of a folded name: its last word, or the one before a suffix ("downey" of "robert downey jr").</summary>
    public static string Surname(string key)
    {
        var words = key.Split(' ');
        return words.Length >= 3 && Suffixes.Contains(words[^1]) ? words[^2] : words[^1];
    }

    /// <summary>
    /// The surname with its particle written as one word, as people often type it ("deniro" for
    /// "robert de niro", "vandamme"); null when the surname has no particle.
    /// </summary>
    public static string? JoinedSurname(string key)
    {
        var words = key.Split(' ');
        return words.Length >= 3 && QueryWords.NameParticles.Contains(words[^2]) ? words[^2] + words[^1] : null;
    }

    /// <summary>A suffix as the catalog credits it: "junior" is "jr".</summary>
    public static string CreditedSuffixes(string key) => key.Replace(" junior", " jr", StringComparison.Ordinal).Replace(" senior", " sr", StringComparison.Ordinal);

    /// <summary>"The Rock": a name only where the sentence says a person comes.</summary>
    public static bool NeedsCue(PersonEntry person) => person.Key.StartsWith("the ", StringComparison.Ordinal);
}
