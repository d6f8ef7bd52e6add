using System.Text.RegularExpressions;

namespace Catalog.Import.Wikipedia;

/// <summary>
/// Reads the director(s) out of a plot extract's first "directed by ..." phrase: "directed by
/// D. W. Griffith, starring ..." gives D. W. Griffith; "directed by Jack Conway and Milton H.
/// Fahrney." gives both. It reads capitalised words, initials and name particles, and stops at
/// the first ordinary word or the end of the sentence, so it prefers missing a name to inventing one.
/// </summary>
public static partial class DirectorExtractor
{
    private const int MaxNames = 4;
    private const int MaxWordsPerName = 5;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von", "y", "bin", "al",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "Jr", "Sr", "St", "Dr", "Mc" };

    /// <summary>
    /// What a director is called before the name: "directed by Hong Kong filmmaker John Woo",
    /// "directed by South Korean film director Kim Jee-woon". The capitalised words before such a
    /// noun are a nationality or a place, not a name.
    /// </summary>
    private static readonly HashSet<string> Descriptors = new(StringComparer.Ordinal)
    {
        "filmmaker", "filmmakers", "director", "directors", "film-maker", "actor", "actress", "producer", "writer",
        "screenwriter", "cinematographer", "choreographer", "animator", "comedian", "documentarian", "artist", "photographer",
    };

    /// <summary>Lower-case words that may stand between a nationality and its descriptor: "action director", "first-time film director".</summary>
    private static readonly HashSet<string> DescriptorModifiers = new(StringComparer.Ordinal)
    {
        "film", "action", "music", "video", "documentary", "independent", "first-time", "veteran", "acclaimed", "noted", "television", "stage",
    };

    public static IReadOnlyList<string> Extract(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var match = DirectedBy().Match(text);
        if (!match.Success)
        {
            return [];
        }

        var names = new List<string>();
        var current = new List<string>();
        var tokens = text[(match.Index + match.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (names.Count >= MaxNames)
            {
                break;
            }

            if (names.Count == 0 && current.Count > 0 && DescriptorLength(tokens, t) is > 0 and var descriptor)
            {
                // "Hong Kong filmmaker": what came before was the director's origin; the name follows.
                current.Clear();
                t += descriptor - 1;
                continue;
            }

            var core = token.TrimEnd('.', ',', ';', ':', ')', '!', '?');
            var trailing = token[core.Length..];
            if (core is "and" or "&")
            {
                Flush(current, names);
                if (trailing.Length > 0)
                {
                    break;
                }

                continue;
            }

            if (!IsNameWord(core, trailing, current.Count > 0) || current.Count >= MaxWordsPerName)
            {
                break;
            }

            var shortForm = core.Length == 1 || Abbreviations.Contains(core);
            current.Add(shortForm && trailing.StartsWith('.') ? core + "." : core);
            var rest = shortForm && trailing.StartsWith('.') ? trailing[1..] : trailing;
            if (rest.Contains(','))
            {
                Flush(current, names);
            }
            else if (rest.Length > 0 || core is "Jr" or "Sr")
            {
                // A full stop, semicolon or bracket ends the sentence, and so the list of names.
                Flush(current, names);
                break;
            }
        }

        Flush(current, names);
        return names;
    }

    /// <summary>How many words from <paramref name="t"/> describe a director ("film director"), or 0.</summary>
    private static int DescriptorLength(string[] tokens, int t)
    {
        for (var k = t; k < tokens.Length && k < t + 3; k++)
        {
            if (Descriptors.Contains(tokens[k]))
            {
                return k - t + 1;
            }

            if (!DescriptorModifiers.Contains(tokens[k]))
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool IsNameWord(string word, string trailing, bool insideName)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]) && trailing.StartsWith('.'))
        {
            return true;
        }

        if (char.IsUpper(word[0]))
        {
            // "The", "In" and friends start sentences, not names.
            return word is not ("The" or "It" or "In" or "A" or "An" or "This" or "He" or "She" or "They");
        }

        // "deMille", "da Silva": a lower-case particle inside a name, or glued to its capital.
        return insideName && (Particles.Contains(word) || word.Skip(1).Any(char.IsUpper));
    }

    private static void Flush(List<string> current, List<string> names)
    {
        // One capitalised word alone is more often a studio or a place than a director.
        // A name that ends in an initial was cut short ("William C. deMille" read badly); drop it.
        if (current.Count >= 2 && !current[^1].EndsWith('.'))
        {
            var name = string.Join(' ', current);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        current.Clear();
    }

    [GeneratedRegex(@"\bdirected\s+by\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DirectedBy();
}
