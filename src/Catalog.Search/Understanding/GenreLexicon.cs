namespace Catalog.Search.Understanding;

/// <summary>The genre vocabulary as query understanding needs it: aliases to genres, and each genre's narrower ones.</summary>
public sealed class GenreLexicon
{
    private readonly Dictionary<string, int[]> _byAlias;
    private readonly Dictionary<int, string> _names;
    private readonly Dictionary<int, int[]> _narrower;
    private readonly Dictionary<string, int> _bySlug;
    private readonly HashSet<string> _prefixes;
    private readonly HashSet<string> _specific;

    /// <param name="slugs">Genre ids by their URL slug, for filters a viewer sets by slug.</param>
    /// <param name="specific">Aliases that name a kind of film within their genre ("heist" within crime), see <see cref="IsSpecific"/>.</param>
    public GenreLexicon(
        IEnumerable<(string Alias, int GenreId)> aliases,
        IReadOnlyDictionary<int, string> names,
        IEnumerable<(int GenreId, int NarrowerId)> narrower,
        IReadOnlyDictionary<string, int>? slugs = null,
        IEnumerable<string>? specific = null)
    {
        _specific = (specific ?? []).ToHashSet(StringComparer.Ordinal);
        _bySlug = new Dictionary<string, int>(slugs ?? new Dictionary<string, int>(), StringComparer.Ordinal);
        _byAlias = aliases.GroupBy(a => a.Alias, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.GenreId).Distinct().ToArray(), StringComparer.Ordinal);
        _names = new Dictionary<int, string>(names);
        _narrower = narrower.GroupBy(n => n.GenreId).ToDictionary(g => g.Key, g => g.Select(n => n.NarrowerId).ToArray());
        MaxAliasWords = _byAlias.Keys.Select(a => a.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
        // Longer names ("based on a true story", "world war ii") would make "world" or "the" start a genre.
        _prefixes = _byAlias.Keys.Where(a => a.Count(c => c == ' ') < 2).SelectMany(WordPrefixes).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Typos are only looked for in words at least this long: "horor", "thriler", "comdies".</summary>
    public const int MinTypoLength = 5;

    /// <summary>
    /// The genres of the one-word name one insertion, deletion, substitution or swap away from
    /// <paramref name="word"/> ("fantacy"), or null when there is none or they disagree.
    /// </summary>
    public IReadOnlyList<int>? FindWithOneTypo(string word)
    {
        if (word.Length < MinTypoLength)
        {
            return null;
        }

        var matches = _byAlias.Where(a => a.Key.Length >= MinTypoLength - 1 && !a.Key.Contains(' ', StringComparison.Ordinal) && EditDistance.AtMostOne(a.Key, word))
            .Select(a => a.Value).ToList();
        return matches.Count > 0 && matches.All(m => m.SequenceEqual(matches[0])) ? matches[0] : null;
    }

    /// <summary>"sci", "sci fi": the first word, the first two, and so on.</summary>
    private static IEnumerable<string> WordPrefixes(string alias)
    {
        var words = alias.Split(' ');
        return words.Select((_, n) => string.Join(' ', words[..(n + 1)]));
    }

    /// <summary>Whether a genre name starts with these words ("sci" and "sci fi" of "sci fi", "horror"), plurals included.</summary>
    public bool StartsAlias(string words) =>
        _prefixes.Contains(words) || (words.Length > 3 && words.EndsWith('s') && _prefixes.Contains(words[..^1]));

    public int MaxAliasWords { get; }

    public IReadOnlyList<int>? Find(string alias) => Listed(alias) is { } listed ? _byAlias[listed] : null;

    /// <summary>
    /// Whether the alias names a kind of film within its genre rather than the genre ("heist",
    /// "kung fu", "whodunit"): it selects the genre, and the query keeps the word to rank by, so
    /// heists come first among crime films.
    /// </summary>
    public bool IsSpecific(string alias) => Listed(alias) is { } listed && _specific.Contains(listed);

    /// <summary>The vocabulary's form of <paramref name="alias"/>, or null when it has none.</summary>
    private string? Listed(string alias)
    {
        if (_byAlias.ContainsKey(alias))
        {
            return alias;
        }

        // Plural forms the vocabulary does not list: "westerns", "comedies" are listed, "heists",
        // "biographies" maybe not.
        if (alias.Length > 4 && alias.EndsWith("ies", StringComparison.Ordinal) && _byAlias.ContainsKey(alias[..^3] + "y"))
        {
            return alias[..^3] + "y";
        }

        return alias.Length > 3 && alias.EndsWith('s') && _byAlias.ContainsKey(alias[..^1]) ? alias[..^1] : null;
    }

    /// <summary>The requirement for the genre with this slug, or null when no genre has it.</summary>
    public GenreRequirement? RequirementForSlug(string slug) => _bySlug.TryGetValue(slug, out var id) ? Requirement(id) : null;

    /// <summary>Every genre's name ("Science Fiction"), for a chat model to choose from.</summary>
    public IEnumerable<string> Names => _names.Values;

    public string NameOf(int genreId) => _names.TryGetValue(genreId, out var name) ? name : $"genre {genreId}";

    /// <summary>The requirement for one asked-for genre: the genre and the ones narrower than it.</summary>
    public GenreRequirement Requirement(int genreId)
    {
        var ids = new List<int> { genreId };
        if (_narrower.TryGetValue(genreId, out var narrower))
        {
            ids.AddRange(narrower);
        }

        return new GenreRequirement(NameOf(genreId), ids, ids.Select(NameOf).ToList());
    }
}
