namespace Catalog.Search.Understanding;

/// <summary>Titles by their folded name, for "like Alien": the best-known title of a name wins.</summary>
public sealed class TitleIndex
{
    private readonly Dictionary<string, TitleRef> _byName;

    /// <param name="titles">Folded name and title, best-known first.</param>
    public TitleIndex(IEnumerable<(string Key, TitleRef Title)> titles)
    {
        _byName = new Dictionary<string, TitleRef>(StringComparer.Ordinal);
        foreach (var (key, title) in titles)
        {
            _byName.TryAdd(key, title);
            if (key.StartsWith("the ", StringComparison.Ordinal))
            {
                _byName.TryAdd(key[4..], title);
            }
        }

        MaxWords = _byName.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    public int MaxWords { get; }

    public TitleRef? Find(string key) => _byName.GetValueOrDefault(key);
}
