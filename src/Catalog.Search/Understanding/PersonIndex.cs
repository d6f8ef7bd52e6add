namespace Catalog.Search.Understanding;

/// <summary>
/// One person as query understanding sees them. The years span their credited titles, less the odd
/// credit at either end (a twentieth of them): an archive appearance decades on is no part of a career.
/// </summary>
public sealed record PersonEntry(long Id, string Name, string Key, int Credits, bool IsActor, bool IsDirector, int? FirstYear = null, int? LastYear = null);

/// <summary>
/// Finds people named in a query: full names exactly (case- and accent-folded), possessives
/// ("spielbergs"), one typo per name (a deletion index, so lookup stays fast with 30k+ names),
/// surnames alone where the sentence says a person follows ("with Bronson"), and the surname of
/// someone far better known than anyone else of that name ("stallone"). Cast entries that are credit
/// wording rather than names ("Narrated by") are left out (<see cref="PersonNames"/>).
/// </summary>
public sealed class PersonIndex
{
    private readonly Dictionary<string, PersonEntry> _byKey;
    private readonly Dictionary<long, PersonEntry> _byId;
    private readonly DominantNames _surnames;
    private readonly DominantNames _joinedSurnames;
    private readonly DominantNames _givenNames;
    private readonly Dictionary<string, List<PersonEntry>> _byDeletion;

    public PersonIndex(IEnumerable<PersonEntry> people)
    {
        var list = people.Where(p => p.Key.Contains(' ', StringComparison.Ordinal) && PersonNames.IsName(p)).ToList();
        _byKey = list.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _byId = list.ToDictionary(p => p.Id);
        _surnames = new DominantNames(list, p => PersonNames.Surname(p.Key));
        _joinedSurnames = new DominantNames(list.Where(p => PersonNames.JoinedSurname(p.Key) is not null), p => PersonNames.JoinedSurname(p.Key)!);
        _givenNames = new DominantNames(list.Where(p => !PersonNames.NeedsCue(p)), p => p.Key[..p.Key.IndexOf(' ')]);
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

    public PersonEntry? Find(long id) => _byId.GetValueOrDefault(id);

    /// <summary>The person a famous nickname stands for ("bogie", "marky mark"), possessive included, when the catalog credits them.</summary>
    public PersonEntry? FindNickname(string words) =>
        (Nicknames.CreditedName(words) ?? (words.EndsWith('s') ? Nicknames.CreditedName(words[..^1]) : null)) is { } credited
            ? _byKey.GetValueOrDefault(credited) ?? _byKey.GetValueOrDefault(PersonNames.CreditedSuffixes(credited))
            : null;

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

        if (PersonNames.CreditedSuffixes(key) is var credited && credited != key)
        {
            return FindFullName(credited);
        }

        // "robert downey" for Robert Downey Jr.
        if (_byKey.TryGetValue(key + " jr", out var junior))
        {
            return junior;
        }

        // "jimmy stewart" is credited as James Stewart, "sly stallone" as Sylvester Stallone.
        var formal = Nicknames.Formal(key) is { } formalKey ? FindFullName(formalKey) : null;

        // A query one letter short of a long enough name ("brad pit") is still one typo from it. A small
        // word ("to green") is a sentence's, not a misspelt name's.
        if (key.Length < MinFuzzyLength - 1 || key.Split(' ').Any(QueryWords.StopWords.Contains))
        {
            return formal;
        }

        // "rodyd mcdowalls": a typo in a possessive. "jamie fox" is one letter from Jamie Foxx and a
        // nickname of James Fox: the better known is meant.
        var misspelt = FindWithOneTypo(key) ?? (key.EndsWith('s') ? FindWithOneTypo(key[..^1]) : null);
        return formal is not null && (misspelt is null || formal.Credits >= misspelt.Credits) ? formal
            : misspelt ?? FindWithTwoTyposInOneName(key);
    }

    /// <summary>A name part must be this long before two typos in it are forgiven: "johansen" for "johansson".</summary>
    public const int MinTwoTypoPartLength = 7;

    /// <summary>
    /// "scarlett johansen": one name right and the other two typos off, when that other name is long
    /// enough that two typos still leave it recognisable. The best-credited such person wins.
    /// </summary>
    private PersonEntry? FindWithTwoTyposInOneName(string key)
    {
        var parts = key.Split(' ');
        if (parts.Length != 2)
        {
            return null;
        }

        var (first, last) = (parts[0], parts[1]);
        // "ralph fines" for Ralph Fiennes: the name as credited must be long enough, whatever was said.
        var byFirst = _givenNames.All(first)
            .Where(p => Part(p.Key, last: true) is { Length: >= MinTwoTypoPartLength } name && EditDistance.Between(name, last) <= 2);
        // "shawn connery" for Sean Connery: a short first name two off, beside a long surname said right, with the
        // same initial; "mrs robinson" is a title and a surname, not Max Robinson.
        var shortFirstMayBeOff = last.Length >= MinTwoTypoPartLength && first.Length >= 4 && !Honorifics.Contains(first);
        var byLast = _surnames.All(last)
            .Where(p => Part(p.Key, last: false) is var name && EditDistance.Between(name, first) <= 2
                && (name.Length >= MinTwoTypoPartLength || (shortFirstMayBeOff && name[0] == first[0] && name.Length > 2)));
        return byFirst.Concat(byLast).OrderByDescending(p => p.Credits).FirstOrDefault();
    }

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "saint", "king", "queen", "prince", "princess", "captain", "uncle", "aunt",
    };

    private static string Part(string key, bool last) => last ? PersonNames.Surname(key) : key[..key.IndexOf(' ')];

    /// <summary>
    /// The best-known person with this surname ("with Bronson"), possessives included; a long
    /// surname one typo off also counts ("by scorsesee"), since a cue word says a name comes.
    /// </summary>
    /// <returns>The person and the surname the word was read as.</returns>
    public (PersonEntry Person, string Name)? FindSurname(string word) =>
        _surnames.Find(word) ?? _joinedSurnames.Find(word) ?? (word.Length >= MinFuzzySurnameLength ? _surnames.FindWithOneTypo(word) : null);

    /// <summary>Surnames shorter than this are not matched with a typo: "hank" is not "hanks".</summary>
    public const int MinFuzzySurnameLength = 7;

    /// <summary>
    /// The person a surname alone most likely means ("stallone"): well known, and far better known
    /// than anyone else of that name ("ford" is Harrison and John, so nobody); null otherwise.
    /// </summary>
    /// <returns>The person and the surname the word was read as ("stallones" is "stallone").</returns>
    public (PersonEntry Person, string Name)? FindDominantSurname(string word) => _surnames.FindDominant(word) ?? _joinedSurnames.FindDominant(word);

    /// <summary>
    /// The two or three well-known people a surname alone may mean when none stands far above the
    /// others ("hepburn", "fonda"), best known first, with the surname as read; empty otherwise.
    /// </summary>
    public (IReadOnlyList<PersonEntry> People, string Name) FindNamesakes(string word) => _surnames.WellKnown(word, MaxNamesakes);

    /// <summary>More people than this of one surname ("smith") are too many to read the surname as any of them.</summary>
    public const int MaxNamesakes = 3;

    /// <summary>
    /// The same for a long surname one typo off ("schwartzenegger", "stalone"), or two off when it is
    /// very long ("schwarzenneger"): the name it is read as must stand out.
    /// </summary>
    public (PersonEntry Person, string Name)? FindDominantSurnameMisspelt(string word) =>
        word.Length >= MinFuzzySurnameLength
        && (_surnames.FindWithOneTypo(word) ?? (word.Length >= MinTwoTypoSurnameLength ? _surnames.FindWithTwoTypos(word) : null)) is var (_, name)
            ? _surnames.FindDominant(name)
            : null;

    /// <summary>A surname said alone must be this long before two typos in it are forgiven.</summary>
    public const int MinTwoTypoSurnameLength = 10;

    /// <summary>The same for a first name said alone ("denzel", "keanu"): someone far better known than anyone else so called.</summary>
    public (PersonEntry Person, string Name)? FindDominantGivenName(string word) => _givenNames.FindDominant(word);

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
