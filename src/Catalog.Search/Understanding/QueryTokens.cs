using Catalog.Core.Text;

namespace Catalog.Search.Understanding;

/// <summary>
/// The folded words of a query, each marked once a recognizer has used it, so that every word
/// ends up in exactly one place: a filter, the filler list, or the residue.
/// </summary>
internal sealed class QueryTokens
{
    private readonly bool[] _used;
    private readonly bool[] _describes;
    private readonly bool[] _kept;

    private readonly HashSet<int> _commaAfter = [];

    public QueryTokens(string text)
    {
        Words = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        _used = new bool[Words.Length];
        _describes = new bool[Words.Length];
        _kept = new bool[Words.Length];

        // Folding drops commas, but a list needs them ("a comedy, drama or romance"): the word before each is kept.
        var count = 0;
        foreach (var segment in text.Split(',')[..^1])
        {
            count += TextFolding.Fold(segment).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            _commaAfter.Add(count - 1);
        }
    }

    /// <summary>Whether the query wrote a comma right after the word at <paramref name="index"/>.</summary>
    public bool CommaAfter(int index) => _commaAfter.Contains(index);

    public string[] Words { get; }

    public int Count => Words.Length;

    public bool IsUsed(int index) => _used[index];

    public bool IsFree(int start, int length)
    {
        if (start < 0 || start + length > Words.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (_used[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <param name="describes">
    /// The words also tell a story when the query is a description ("family secrets in 1930s los
    /// angeles"): they stay in <see cref="DescriptionWords"/>.
    /// </param>
    /// <param name="keep">
    /// The words also rank, whatever the query: a genre word that names a kind of film within its
    /// genre ("heist" within crime) stays in <see cref="FreeWords"/> for the retrievers.
    /// </param>
    public void Use(int start, int length, bool describes = false, bool keep = false)
    {
        for (var i = start; i < start + length; i++)
        {
            _used[i] = true;
            _describes[i] = describes;
            _kept[i] = keep;
        }
    }

    /// <summary>Where the first word no recognizer took stands, or -1.</summary>
    public int FirstFree() => Array.IndexOf(_used, false);

    /// <summary>Where the last word no recognizer took stands, or -1.</summary>
    public int LastFree() => Array.LastIndexOf(_used, false);

    /// <summary>The free word at <paramref name="index"/>, or null when used or out of range.</summary>
    public string? FreeWord(int index) => index >= 0 && index < Words.Length && !_used[index] ? Words[index] : null;

    public string Join(int start, int length) => string.Join(' ', Words, start, length);

    /// <summary>The words no recognizer took, in order.</summary>
    public IEnumerable<string> OpenWords() => Words.Where((_, i) => !_used[i]);

    /// <summary>The words no recognizer took, and those it took but kept for ranking, in order.</summary>
    public IEnumerable<string> FreeWords() => Words.Where((_, i) => !_used[i] || _kept[i]);

    /// <summary>The free words and those a recognizer took that also describe (genres, times), in order.</summary>
    public IEnumerable<string> DescriptionWords() => Words.Where((_, i) => !_used[i] || _describes[i] || _kept[i]);
}
