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
        foreach (var token in tokens)
        {
            if (names.Count >= MaxNames)
            {
                break;
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
