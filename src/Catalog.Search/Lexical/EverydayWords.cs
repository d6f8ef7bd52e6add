namespace Catalog.Search.Lexical;

/// <summary>
/// Words viewers say for what catalog synopses write out: "a tv show" for "a television show",
/// "ww2" for "World War II", "his dad" for "his father". Each is matched in its own words too;
/// the synopsis form joins it as an alternative, never adding to it (a synopsis with both counts once).
/// Plurals need no entry of their own: "kids" and "kid" stem alike and meet the same written form.
/// </summary>
internal static class EverydayWords
{
    /// <summary>What a viewer says, and how an encyclopedic synopsis says it.</summary>
    public static readonly IReadOnlyDictionary<string, string> WrittenForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tv"] = "television",
        ["ww2"] = "world war ii", ["wwii"] = "world war ii", ["ww1"] = "world war i", ["wwi"] = "world war i",
        ["nyc"] = "new york", ["la"] = "los angeles", ["sf"] = "san francisco", ["usa"] = "united states",
        ["mom"] = "mother", ["mum"] = "mother", ["mommy"] = "mother", ["dad"] = "father", ["daddy"] = "father",
        ["grandma"] = "grandmother", ["grandpa"] = "grandfather", ["kid"] = "child",
        ["guy"] = "man", ["gf"] = "girlfriend", ["bf"] = "boyfriend",
        ["cop"] = "police", ["doc"] = "doctor", ["dr"] = "doctor", ["vet"] = "veteran",
        ["xmas"] = "christmas", ["bday"] = "birthday", ["nuke"] = "nuclear",
    };
}
