namespace Catalog.Search.Understanding;

/// <summary>
/// People grouped by one part of their name (surname or first name), best known first, so that the
/// part alone can be read as a person when one of them stands far above the rest.
/// </summary>
internal sealed class DominantNames
{
    private readonly Dictionary<string, List<PersonEntry>> _groups;
    private readonly Dictionary<string, PersonEntry> _best;
    private readonly Dictionary<string, int> _runnerUpCredits;
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);

    public DominantNames(IEnumerable<PersonEntry> people, Func<PersonEntry, string> part)
    {
        _groups = people.GroupBy(part, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Credits).ToList(), StringComparer.Ordinal);
        _best = _groups.ToDictionary(g => g.Key, g => g.Value[0], StringComparer.Ordinal);
        _runnerUpCredits = _groups.ToDictionary(g => g.Key, g => g.Value.Count > 1 ? g.Value[1].Credits : 0, StringComparer.Ordinal);
        foreach (var name in _best.Keys.Where(n => n.Length >= PersonIndex.MinFuzzySurnameLength - 1))
        {
            for (var i = 0; i < name.Length; i++)
            {
                var deletion = name.Remove(i, 1);
                if (!_byDeletion.TryGetValue(deletion, out var names))
                {
                    _byDeletion[deletion] = names = [];
                }

                names.Add(name);
            }
        }
    }

    /// <summary>Everyone so named exactly, best known first.</summary>
    public IReadOnlyList<PersonEntry> All(string name) => _groups.GetValueOrDefault(name) ?? [];

    /// <summary>The best-known person so named, the possessive or plural ("stallones") included, with the name as read.</summary>
    public (PersonEntry Person, string Name)? Find(string word) => Resolve(word) is { } name ? (_best[name], name) : null;

    /// <summary>The best-known person whose name is one insertion, deletion, substitution or swap from <paramref name="word"/>.</summary>
    public (PersonEntry Person, string Name)? FindWithOneTypo(string word)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var probe in Enumerable.Range(0, word.Length).Select(i => word.Remove(i, 1)).Append(word))
        {
            candidates.UnionWith(_byDeletion.GetValueOrDefault(probe) ?? []);
            if (_best.ContainsKey(probe))
            {
                candidates.Add(probe);
            }
        }

        var best = candidates.Where(name => EditDistance.AtMostOne(name, word)).OrderByDescending(name => _best[name].Credits).FirstOrDefault();
        return best is null ? null : (_best[best], best);
    }

    /// <summary>
    /// The best-known person whose name is two edits from <paramref name="word"/> and starts with the
    /// same letter (people rarely misspell the first): a scan, so only for the rare long word that
    /// nothing else matched.
    /// </summary>
    public (PersonEntry Person, string Name)? FindWithTwoTypos(string word)
    {
        var best = _best.Keys
            .Where(name => name[0] == word[0] && Math.Abs(name.Length - word.Length) <= 2 && EditDistance.Between(name, word) <= 2)
            .OrderByDescending(name => _best[name].Credits).FirstOrDefault();
        return best is null ? null : (_best[best], best);
    }

    /// <summary>The person the name alone most likely means, with the name as read; null when no one stands out.</summary>
    public (PersonEntry Person, string Name)? FindDominant(string word)
    {
        if (Resolve(word) is not { } name)
        {
            return null;
        }

        var person = _best[name];
        return person.Credits >= PersonIndex.MinDominantCredits && person.Credits >= PersonIndex.DominanceFactor * _runnerUpCredits[name]
            ? (person, name)
            : null;
    }

    /// <summary>
    /// The few well-known people a name alone may mean when none stands out ("hepburn": Audrey and
    /// Katharine), best known first, with the name as read; empty unless two or more qualify.
    /// </summary>
    public (IReadOnlyList<PersonEntry> People, string Name) WellKnown(string word, int most)
    {
        if (Resolve(word) is not { } name)
        {
            return ([], word);
        }

        var group = _groups[name];
        var people = group.TakeWhile(p => p.Credits >= PersonIndex.MinDominantCredits && p.Credits * PersonIndex.DominanceFactor >= group[0].Credits).ToList();
        return (people.Count is > 1 && people.Count <= most ? people : [], name);
    }

    private string? Resolve(string word) =>
        _best.ContainsKey(word) ? word : word.EndsWith('s') && _best.ContainsKey(word[..^1]) ? word[..^1] : null;
}
