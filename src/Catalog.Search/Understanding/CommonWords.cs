namespace Catalog.Search.Understanding;

/// <summary>
/// How many plot texts use a word in lower case, as an ordinary word: "bond", "church", "cage" and
/// "mature" are, "hanks" and "stallone" are not. A name that is also an ordinary word is taken as a
/// person only when the query writes it with a capital ("with Cage"), as typists and transcripts do.
/// </summary>
public sealed class CommonWords
{
    public static readonly CommonWords None = new(new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>Plot texts that must use a word in lower case before it counts as ordinary.</summary>
    public const int OrdinaryFrom = 3;

    private readonly Dictionary<string, int> _documents;

    private CommonWords(Dictionary<string, int> documents) => _documents = documents;

    public bool IsOrdinary(string word) => _documents.GetValueOrDefault(word) >= OrdinaryFrom;

    /// <summary>Whether any plot uses the word in lower case: a real word, not a typo.</summary>
    public bool IsKnown(string word) => _documents.ContainsKey(word);

    /// <summary>Counts, once per text, the words that start with a lower-case letter; sentence starts do not matter.</summary>
    public static CommonWords Count(IEnumerable<string> texts)
    {
        // Counted through span lookups: a catalog's plots hold millions of words but few distinct ones.
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = documents.GetAlternateLookup<ReadOnlySpan<char>>();
        var lastText = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenIn = lastText.GetAlternateLookup<ReadOnlySpan<char>>();
        var textNumber = 0;
        foreach (var text in texts)
        {
            textNumber++;
            var span = text.AsSpan();
            var start = -1;
            for (var i = 0; i <= span.Length; i++)
            {
                var letter = i < span.Length && char.IsLetter(span[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    var word = span[start..i];
                    if (char.IsLower(word[0]) && word.Length >= 3 && (!seenIn.TryGetValue(word, out var last) || last != textNumber))
                    {
                        seenIn[word] = textNumber;
                        counts[word] = (counts.TryGetValue(word, out var count) ? count : 0) + 1;
                    }

                    start = -1;
                }
            }
        }

        return new CommonWords(documents);
    }
}
