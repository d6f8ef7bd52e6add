using System.Text.RegularExpressions;
using Catalog.Core.Text;
using Catalog.Core.Titles;

namespace Catalog.Search.Understanding;

/// <summary>
/// Finds the people a query names: full names, names after a cue ("with", "directed by"), and
/// names said alone when one person stands far above everyone else so called. Made per query, since
/// how the query capitalises its words says which ordinary-looking words are names.
/// </summary>
internal sealed partial class PeopleRecognizer(CatalogLexicon lexicon, string text)
{
    private readonly HashSet<string> _capitalized = CapitalizedWords(text);

    /// <summary>Folded words the query writes as possessives ("the rock's"): a name with a possessive is meant as one.</summary>
    private readonly HashSet<string> _possessives = PossessiveWords(text);

    /// <summary>Each recognized person's tokens: [Start, End) with the cue words, the role, and whether a cue (its own or its list's) named it.</summary>
    private readonly List<Claimed> _claimed = [];

    private sealed record Claimed(int Start, int End, long PersonId, CreditRole? Role, bool Cued);

    /// <summary>Words that continue a list of names: the name after them shares the cue of the one before ("with pacino or weaver").</summary>
    private static readonly HashSet<string> ListJoiners = new(StringComparer.Ordinal) { "or", "and", "&" };

    /// <summary>Full names anywhere ("tom hanks movies"), with the role a cue before them gives ("directed by").</summary>
    public List<PersonRequirement> FullNames(QueryTokens tokens)
    {
        var people = new List<PersonRequirement>();
        for (var n = 4; n >= 2; n--)
        {
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                if (tokens.IsFree(i, n) && !FollowsUncreditedCrewCue(tokens, i) && lexicon.People.FindFullName(tokens.Join(i, n)) is { } person
                    && ((!PersonNames.NeedsCue(person) && person.Credits >= MinCreditsWithoutCue) || HasPersonCue(tokens, i)
                        || _possessives.Contains(tokens.Words[i + n - 1])))
                {
                    people.Add(Claim(tokens, i, n, person));
                }
            }
        }

        people.AddRange(StageNamesOpeningTheQuery(tokens));
        people.AddRange(Nicknamed(tokens, people));
        return people;
    }

    /// <summary>"bogie's noir films", "marky mark movies": the famous nicknames the catalog's credits do not use.</summary>
    private IEnumerable<PersonRequirement> Nicknamed(QueryTokens tokens, List<PersonRequirement> found)
    {
        for (var n = Nicknames.MaxCreditedNameWords; n >= 1; n--)
        {
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                if (tokens.IsFree(i, n) && lexicon.People.FindNickname(tokens.Join(i, n)) is { } person && found.All(p => p.PersonId != person.Id))
                {
                    yield return Claim(tokens, i, n, person);
                }
            }
        }
    }

    /// <summary>
    /// "the rock's action flicks": a stage name beginning with "the", said as a possessive at the
    /// start, where the "the" went with the fillers that open a request.
    /// </summary>
    private IEnumerable<PersonRequirement> StageNamesOpeningTheQuery(QueryTokens tokens)
    {
        var first = tokens.FirstFree();
        if (first < 1 || tokens.Words[first - 1] != "the")
        {
            yield break;
        }

        for (var n = Math.Min(3, tokens.Count - first); n >= 1; n--)
        {
            if (tokens.IsFree(first, n) && _possessives.Contains(tokens.Words[first + n - 1])
                && lexicon.People.FindFullName("the " + tokens.Join(first, n)) is { } person)
            {
                yield return Claim(tokens, first, n, person);
                yield break;
            }
        }
    }

    /// <summary>A surname or first name alone counts only where the sentence says a person comes: "with Bronson", "by Kubrick".</summary>
    public IEnumerable<PersonRequirement> CuedNames(QueryTokens tokens, List<PersonRequirement> found)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens.FreeWord(i);
            if (word is null || !HasPersonCue(tokens, i) || FollowsUncreditedCrewCue(tokens, i) || QueryWords.StopWords.Contains(word))
            {
                continue;
            }

            // "starring de niro": the surname after its particle.
            var particle = QueryWords.NameParticles.Contains(word) && tokens.FreeWord(i + 1) is { } rest ? 1 : 0;
            var surname = particle == 1 ? tokens.Words[i + 1] : word;
            var named = lexicon.People.FindSurname(surname) ?? (particle == 0 ? lexicon.People.FindDominantGivenName(word) : null);
            if (named is var (person, name) && found.All(p => p.PersonId != person.Id) && !IsOrdinaryWord(name, surname, person))
            {
                yield return Claim(tokens, i, 1 + particle, person);
            }
        }
    }

    /// <summary>
    /// A full name said without "with" or "by" names a person credited at least this often: a name
    /// credited once is as likely a place read out of a plot ("directed by Hong Kong film veteran ...").
    /// </summary>
    private const int MinCreditsWithoutCue = 2;

    private bool HasPersonCue(QueryTokens tokens, int start) =>
        CueBefore(tokens, start, QueryWords.ActorContext) > 0 || CueBefore(tokens, start, QueryWords.DirectorContext) > 0
        || ListedAfter(tokens, start) is not null;

    /// <summary>
    /// The cued name before a joiner ("with al pacino or" ...) when <paramref name="start"/> continues
    /// its list. Only a name a cue introduced passes its cue on: after "tom hanks and", "cruise"
    /// is still a word.
    /// </summary>
    private Claimed? ListedAfter(QueryTokens tokens, int start) =>
        start >= 2 && tokens.FreeWord(start - 1) is { } joiner && ListJoiners.Contains(joiner)
            ? _claimed.FirstOrDefault(c => c.End == start - 1 && c.Cued)
            : null;

    /// <summary>
    /// Titles in which a name-like word may appear for each of the person's credits before it counts
    /// as an ordinary word ("black", "young") rather than a name.
    /// </summary>
    private const int TitleWordsPerCredit = 5;

    /// <summary>
    /// "stallone action movies", "denzel movies", "pacino and de niro": surnames or first names with
    /// no cue word are taken only when they are all that is left of the query, each belongs to someone
    /// far better known than anyone else of that name, and titles rarely use the word. In a
    /// description ("a cruise ship disaster") they stay text.
    /// </summary>
    public List<PersonRequirement> BareNames(QueryTokens tokens, List<PersonRequirement> found)
    {
        var career = PhraseMatcher.Positions(tokens, QueryWords.CareerWords);
        career.UnionWith(PhraseMatcher.Positions(tokens, QueryWords.DirectorAfterName));
        career.UnionWith(PhraseMatcher.Positions(tokens, QueryWords.ActorAfterName));
        var content = Enumerable.Range(0, tokens.Count)
            .Where(i => tokens.FreeWord(i) is { } w && !career.Contains(i) && !QueryWords.StopWords.Contains(w) && !QueryWords.AnywhereFillers.Contains(w)
                && !(QueryWords.PersonNegations.Any(n => n is [var single] && single == w) && tokens.FreeWord(i + 1) is not null)
                && !QueryWords.NameListWords.Contains(w) && !(QueryWords.NameParticles.Contains(w) && tokens.FreeWord(i + 1) is not null)
                && !(PersonNames.Suffixes.Contains(w) && i > 0 && tokens.FreeWord(i - 1) is not null))
            .ToList();
        if (content.Count is 0 or > MaxBareNames)
        {
            return [];
        }

        if (content.Any(at => QueryWords.StudioNames.Contains(tokens.Words[at])))
        {
            return [];
        }

        var people = new List<(int At, PersonEntry Person)>();
        foreach (var at in content)
        {
            var word = tokens.Words[at];
            var named = word.Length >= 4 ? lexicon.People.FindDominantSurname(word) ?? lexicon.People.FindDominantGivenName(word) ?? MisspeltSurname(word) : null;
            if (named is null && content.Count == 1 && found.Count == 0 && Namesakes(word) is { Count: > 1 } namesakes)
            {
                // "hepburn movies": any of the few so called, as "audrey or katharine hepburn" would say.
                people.AddRange(namesakes.Select(p => (at, p)));
                SaidNamesakes = true;
                break;
            }

            if (named is not var (person, name) || IsOrdinaryWord(name, word, person)
                || found.Any(p => p.PersonId == person.Id) || people.Any(p => p.Person.Id == person.Id))
            {
                return [];
            }

            people.Add((at, person));
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens.FreeWord(i) is { } w && QueryWords.NameListWords.Contains(w))
            {
                tokens.Use(i, 1);
            }
        }

        foreach (var (at, person) in people)
        {
            var particle = at > 0 && tokens.FreeWord(at - 1) is { } before && QueryWords.NameParticles.Contains(before) ? 1 : 0;
            var suffix = tokens.FreeWord(at + 1) is { } after && PersonNames.Suffixes.Contains(after) ? 1 : 0;
            tokens.Use(at - particle, 1 + particle + suffix);
            _claimed.Add(new Claimed(at - particle, at + 1, person.Id, null, false));
        }

        return [.. people.Select(p => new PersonRequirement(p.Person.Id, p.Person.Name, null))];
    }

    /// <summary>Whether a surname alone was read as any of the few well-known people so called ("hepburn").</summary>
    public bool SaidNamesakes { get; private set; }

    private IReadOnlyList<PersonEntry> Namesakes(string word) =>
        word.Length >= 4 && lexicon.People.FindNamesakes(word) is var (people, name) && people.All(p => !IsOrdinaryWord(name, word, p)) ? people : [];

    /// <summary>"stalone", "schwarzenneger": a long surname a typo or two off, when the word is no word of the catalog's plots or titles.</summary>
    private (PersonEntry Person, string Name)? MisspeltSurname(string word) =>
        !lexicon.Words.IsKnown(word) && lexicon.Titles.TitlesWithWord(word) == 0 ? lexicon.People.FindDominantSurnameMisspelt(word) : null;

    /// <summary>Names said alone in one query: "pacino and de niro", not a list of words.</summary>
    private const int MaxBareNames = 3;

    /// <summary>
    /// A name that is also an ordinary word: plots use it in lower case ("bond", "cage", "church"), or
    /// titles use it more than the person is credited and plots know it as a word ("black", "young",
    /// "zombies"; not "elvis", whose titles are about him). Written with a capital inside the query
    /// ("movies with Cage"), it is a name after all.
    /// </summary>
    private bool IsOrdinaryWord(string name, string said, PersonEntry person) =>
        !_capitalized.Contains(said)
        && (lexicon.Words.IsOrdinary(name) || lexicon.Words.IsOrdinary(said)
            || ((lexicon.Titles.TitlesWithWord(name) + (said == name ? 0 : lexicon.Titles.TitlesWithWord(said))) * TitleWordsPerCredit >= person.Credits
                && (lexicon.Words.IsKnown(name) || lexicon.Words.IsKnown(said))));

    /// <summary>
    /// Folded words the query writes with a capital where a sentence does not start ("movies with
    /// Cage"). A query in title case or capitals says nothing this way, so it gives none.
    /// </summary>
    private static HashSet<string> CapitalizedWords(string text)
    {
        var words = text.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var capitalized = new HashSet<string>(StringComparer.Ordinal);
        var letters = words.Where(w => w.Length > 0 && char.IsLetter(w[0])).ToList();
        if (letters.Count == 0 || letters.Count(w => char.IsUpper(w[0])) * 2 > letters.Count + 1 || text.Any(char.IsLetter) && !text.Any(char.IsLower))
        {
            return capitalized;
        }

        for (var i = 1; i < words.Length; i++)
        {
            var sentenceStart = words[i - 1].EndsWith('.') || words[i - 1].EndsWith('?') || words[i - 1].EndsWith('!');
            if (!sentenceStart && char.IsUpper(words[i][0]))
            {
                capitalized.UnionWith(TextFolding.Fold(words[i]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return capitalized;
    }

    private static HashSet<string> PossessiveWords(string text) =>
        new(PossessiveWord().Matches(text).Select(m => TextFolding.Fold(m.Value)).Where(w => w.Length > 0), StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’]s|s['’])(?![\p{L}\p{N}])")]
    private static partial Regex PossessiveWord();

    /// <summary>"produced by", "a novel by": a longer cue than any performer's or director's one that also ends here.</summary>
    private static bool FollowsUncreditedCrewCue(QueryTokens tokens, int start) =>
        PhraseMatcher.MatchBefore(tokens, start, QueryWords.UncreditedCrewContext) is var crew and > 0
        && crew > Math.Max(CueBefore(tokens, start, QueryWords.DirectorContext), CueBefore(tokens, start, QueryWords.ActorContext));

    /// <summary>
    /// The cue ending just before <paramref name="start"/>, as its length, with the word that opens a
    /// list of names after it: "starring both de niro and pacino", "with either stallone or schwarzenegger".
    /// </summary>
    private static int CueBefore(QueryTokens tokens, int start, string[][] cues) =>
        PhraseMatcher.MatchBefore(tokens, start, cues) is var direct and > 0 ? direct
        : tokens.FreeWord(start - 1) is "both" or "either" && PhraseMatcher.MatchBefore(tokens, start - 1, cues) is var cue and > 0 ? cue + 1
        : 0;

    private PersonRequirement Claim(QueryTokens tokens, int start, int length, PersonEntry person)
    {
        // The longer cue decides: "narrated by" is a performer's, "by" alone a director's.
        CreditRole? role = null;
        var director = CueBefore(tokens, start, QueryWords.DirectorContext);
        var actor = CueBefore(tokens, start, QueryWords.ActorContext);
        if (actor > director)
        {
            role = CreditRole.Actor;
        }
        else if (director > 0)
        {
            role = CreditRole.Director;
        }

        var context = Math.Max(director, actor);
        tokens.Use(start - context, length + context);
        _claimed.Add(new Claimed(start - context, start + length, person.Id, role, context > 0));
        return new PersonRequirement(person.Id, person.Name, role);
    }
}
