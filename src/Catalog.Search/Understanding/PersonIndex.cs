namespace Catalog.Search.Understanding;

/// <summary>One person as query understanding sees them.</summary>
public sealed record PersonEntry(long Id, string Name, string Key, int Credits, bool IsActor, bool IsDirector);

/// <summary>
/// Finds people named in a query: full names exactly (case- and accent-folded), possessives
/// ("spielbergs"), one typo per name (a deletion index, so lookup stays fast with 30k+ names),
/// surnames alone where the sentence says a person follows ("with Bronson"), and the surname of
/// someone far better known than anyone else of that name ("stallone").
/// </summary>
public sealed class PersonIndex
{
    private readonly Dictionary<string, PersonEntry> _byKey;
    private readonly Dictionary<string, PersonEntry> _bySurname;
    private readonly Dictionary<string, int> _runnerUpCredits;
    private readonly Dictionary<string, List<PersonEntry>> _byDeletion;

    public PersonIndex(IEnumerable<PersonEntry> people)
    {
        var list = people.Where(p => p.Key.Contains(' ', StringComparison.Ordinal)).ToList();
        _byKey = list.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var bySurname = list.GroupBy(p => p.Key[(p.Key.LastIndexOf(' ') + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Credits).ToList(), StringComparer.Ordinal);
        _bySurname = bySurname.ToDictionary(g => g.Key, g => g.Value[0], StringComparer.Ordinal);
        _runnerUpCredits = bySurname.ToDictionary(g => g.Key, g => g.Value.Count > 1 ? g.Value[1].Credits : 0, StringComparer.Ordinal);
        _byDeletion = new Dictionary<string, List<PersonEntry>>(StringComparer.Ordinal);
        foreach (var person in list.Where(p => p.Key.Length >= MinFuzzyLength))
        {
            foreach (var deletion in Deletions(person.Key))
            {
                if (!_byDeletion.TryGetValue(deletion, out var entries))
                {
                    _byDeletion[deletion] = entries = [];
                }

                entries.Add(person);
            }
        }
    }

    /// <summary>Names shorter than this are not matched with a typo: too many near-misses.</summary>
    public const int MinFuzzyLength = 9;

    /// <summary>A surname alone names someone only with at least this many credits ...</summary>
    public const int MinDominantCredits = 10;

    /// <summary>... and this many times the credits of anyone else with that surname.</summary>
    public const int DominanceFactor = 3;

    public int Count => _byKey.Count;

    public PersonEntry? FindFullName(string key)
    {
        if (_byKey.TryGetValue(key, out var exact))
        {
            return exact;
        }

        if (key.EndsWith('s') && _byKey.TryGetValue(key[..^1], out var possessive))
        {
            return possessive;
        }

        // A query one letter short of a long enough name ("brad pit") is still one typo from it. A small
        // word ("to green") is a sentence's, not a misspelt name's.
        return key.Length >= MinFuzzyLength - 1 && !key.Split(' ').Any(QueryWords.StopWords.Contains) ? FindWithOneTypo(key) : null;
    }

    public PersonEntry? FindSurname(string word)
    {
        if (_bySurname.TryGetValue(word, out var person))
        {
            return person;
        }

        return word.EndsWith('s') && _bySurname.TryGetValue(word[..^1], out var possessive) ? possessive : null;
    }

    /// <summary>
    /// The person a surname alone most likely means ("stallone"): well known, and far better known
    /// than anyone else of that name ("ford" is Harrison and John, so nobody); null otherwise.
    /// </summary>
    /// <returns>The person and the surname the word was read as ("stallones" is "stallone").</returns>
    public (PersonEntry Person, string Surname)? FindDominantSurname(string word)
    {
        var surname = _bySurname.ContainsKey(word) ? word
            : word.EndsWith('s') && _bySurname.ContainsKey(word[..^1]) ? word[..^1]
            : null;
        if (surname is null)
        {
            return null;
        }

        var person = _bySurname[surname];
        return person.Credits >= MinDominantCredits && person.Credits >= DominanceFactor * _runnerUpCredits[surname] ? (person, surname) : null;
    }

    private PersonEntry? FindWithOneTypo(string key)
    {
        var candidates = new List<PersonEntry>();
        foreach (var probe in Deletions(key).Append(key))
        {
            if (_byDeletion.TryGetValue(probe, out var entries))
            {
                candidates.AddRange(entries.Where(p => EditDistance.AtMostOne(p.Key, key)));
            }

            if (_byKey.TryGetValue(probe, out var shorter))
            {
                candidates.Add(shorter);
            }
        }

        return candidates.Where(p => Math.Max(p.Key.Length, key.Length) >= MinFuzzyLength).Distinct().OrderByDescending(p => p.Credits).FirstOrDefault();
    }

    private static IEnumerable<string> Deletions(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            yield return key.Remove(i, 1);
        }
    }
}
