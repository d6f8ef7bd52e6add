namespace Catalog.Search.Understanding;

/// <summary>Titles by their folded name, for "like Alien" and exact-title matches; best-known first.</summary>
public sealed class TitleIndex
{
    private readonly Dictionary<string, List<TitleRef>> _byName;
    private readonly Dictionary<string, int> _titlesByWord = new(StringComparer.Ordinal);

    private readonly Dictionary<long, List<long>> _directors = [];

    /// <param name="titles">Folded name and title, best-known first.</param>
    /// <param name="directors">Who directed which title, for "the director of jaws".</param>
    public TitleIndex(IEnumerable<(string Key, TitleRef Title)> titles, IEnumerable<(long TitleId, long PersonId)>? directors = null)
    {
        foreach (var (titleId, personId) in directors ?? [])
        {
            if (!_directors.TryGetValue(titleId, out var people))
            {
                _directors[titleId] = people = [];
            }

            people.Add(personId);
        }

        _byName = new Dictionary<string, List<TitleRef>>(StringComparer.Ordinal);
        foreach (var (key, title) in titles)
        {
            Add(key, title);
            foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
            {
                _titlesByWord[word] = _titlesByWord.GetValueOrDefault(word) + 1;
            }

            // Said without its article ("last picture show", "history of violence"), as speech fillers leave it.
            foreach (var article in (string[])["the ", "a ", "an "])
            {
                if (key.StartsWith(article, StringComparison.Ordinal) && key.Length > article.Length)
                {
                    Add(key[article.Length..], title);
                }
            }
        }

        MaxWords = _byName.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    public int MaxWords { get; }

    public TitleRef? Find(string key) => _byName.TryGetValue(key, out var titles) ? titles[0] : null;

    public IReadOnlyList<TitleRef> FindAll(string key) => _byName.TryGetValue(key, out var titles) ? titles : [];

    /// <summary>The people credited as directing the title.</summary>
    public IReadOnlyList<long> DirectorsOf(long titleId) => _directors.GetValueOrDefault(titleId) ?? [];

    /// <summary>How many titles have <paramref name="word"/> in their name: a measure of how ordinary a word is.</summary>
    public int TitlesWithWord(string word) => _titlesByWord.GetValueOrDefault(word);

    private void Add(string key, TitleRef title)
    {
        if (!_byName.TryGetValue(key, out var titles))
        {
            _byName[key] = titles = [];
        }

        titles.Add(title);
    }
}
