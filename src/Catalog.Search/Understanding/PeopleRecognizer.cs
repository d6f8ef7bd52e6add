using Catalog.Core.Text;
using Catalog.Core.Titles;

namespace Catalog.Search.Understanding;

/// <summary>
/// Finds the people a query names: full names, names after a cue ("with", "directed by"), and
/// names said alone when one person stands far above everyone else so called. Made per query, since
/// how the query capitalises its words says which ordinary-looking words are names.
/// </summary>
internal sealed class PeopleRecognizer(CatalogLexicon lexicon, string text)
{
    private readonly HashSet<string> _capitalized = CapitalizedWords(text);

    /// <summary>The tokens each recognized person took, cue words included: [Start, End).</summary>
    private readonly List<(int Start, int End, CreditRole? Role)> _claimed = [];

    /// <summary>Words that continue a list of names: the name after them shares the cue of the one before ("with pacino or weaver").</summary>
    private static readonly HashSet<string> ListJoiners = new(StringComparer.Ordinal) { "or", "and", "&" };

    /// <summary>
    /// Whether the people found are alternatives: two of them with only "or" between them
    /// ("karloff or lugosi", "with stallone or with schwarzenegger"). Takes the "or", and an
    /// "either" before the first name.
    /// </summary>
    public bool JoinedByOr(QueryTokens tokens)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens.FreeWord(i) == "or" && _claimed.Any(c => c.End == i) && _claimed.Any(c => c.Start == i + 1))
            {
                tokens.Use(i, 1);
                var first = _claimed.Where(c => c.End <= i).Max(c => c.Start);
                if (first > 0 && tokens.FreeWord(first - 1) == "either")
                {
                    tokens.Use(first - 1, 1);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Full names anywhere ("tom hanks movies"), with the role a cue before them gives ("directed by").</summary>
    public List<PersonRequirement> FullNames(QueryTokens tokens)
    {
        var people = new List<PersonRequirement>();
        for (var n = 4; n >= 2; n--)
        {
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                if (tokens.IsFree(i, n) && !FollowsUncreditedCrewCue(tokens, i) && lexicon.People.FindFullName(tokens.Join(i, n)) is { } person
                    && ((!PersonNames.NeedsCue(person) && person.Credits >= MinCreditsWithoutCue) || HasPersonCue(tokens, i)))
                {
                    people.Add(Claim(tokens, i, n, person));
                }
            }
        }

        return people;
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

            var named = lexicon.People.FindSurname(word) ?? lexicon.People.FindDominantGivenName(word);
            if (named is var (person, name) && found.All(p => p.PersonId != person.Id) && !IsOrdinaryWord(name, word, person))
            {
                yield return Claim(tokens, i, 1, person);
            }
        }
    }

    /// <summary>
    /// A full name said without "with" or "by" names a person credited at least this often: a name
    /// credited once is as likely a place read out of a plot ("directed by Hong Kong film veteran ...").
    /// </summary>
    private const int MinCreditsWithoutCue = 2;

    private bool HasPersonCue(QueryTokens tokens, int start) =>
        PhraseMatcher.MatchBefore(tokens, start, QueryWords.ActorContext) > 0 || PhraseMatcher.MatchBefore(tokens, start, QueryWords.DirectorContext) > 0
        || ListedAfter(tokens, start) is not null;

    /// <summary>The name before a joiner ("tom hanks or" ...) when <paramref name="start"/> continues its list.</summary>
    private (int Start, int End, CreditRole? Role)? ListedAfter(QueryTokens tokens, int start) =>
        start >= 2 && tokens.FreeWord(start - 1) is { } joiner && ListJoiners.Contains(joiner)
            ? _claimed.Cast<(int Start, int End, CreditRole? Role)?>().FirstOrDefault(c => c!.Value.End == start - 1)
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
        var content = Enumerable.Range(0, tokens.Count)
            .Where(i => tokens.FreeWord(i) is { } w && !QueryWords.StopWords.Contains(w) && !QueryWords.AnywhereFillers.Contains(w)
                && !QueryWords.NameListWords.Contains(w) && !(QueryWords.NameParticles.Contains(w) && tokens.FreeWord(i + 1) is not null))
            .ToList();
        if (content.Count is 0 or > MaxBareNames)
        {
            return [];
        }

        var people = new List<(int At, PersonEntry Person)>();
        foreach (var at in content)
        {
            var word = tokens.Words[at];
            var named = word.Length >= 4 ? lexicon.People.FindDominantSurname(word) ?? lexicon.People.FindDominantGivenName(word) : null;
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

        foreach (var (at, _) in people)
        {
            var particle = at > 0 && tokens.FreeWord(at - 1) is { } before && QueryWords.NameParticles.Contains(before) ? 1 : 0;
            tokens.Use(at - particle, 1 + particle);
            _claimed.Add((at - particle, at + 1, null));
        }

        return [.. people.Select(p => new PersonRequirement(p.Person.Id, p.Person.Name, null))];
    }

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

    /// <summary>"produced by", "a novel by": a longer cue than any performer's or director's one that also ends here.</summary>
    private static bool FollowsUncreditedCrewCue(QueryTokens tokens, int start) =>
        PhraseMatcher.MatchBefore(tokens, start, QueryWords.UncreditedCrewContext) is var crew and > 0
        && crew > Math.Max(PhraseMatcher.MatchBefore(tokens, start, QueryWords.DirectorContext), PhraseMatcher.MatchBefore(tokens, start, QueryWords.ActorContext));

    private PersonRequirement Claim(QueryTokens tokens, int start, int length, PersonEntry person)
    {
        // The longer cue decides: "narrated by" is a performer's, "by" alone a director's.
        CreditRole? role = null;
        var director = PhraseMatcher.MatchBefore(tokens, start, QueryWords.DirectorContext);
        var actor = PhraseMatcher.MatchBefore(tokens, start, QueryWords.ActorContext);
        if (actor > director)
        {
            role = CreditRole.Actor;
        }
        else if (director > 0)
        {
            role = CreditRole.Director;
        }
        else if (ListedAfter(tokens, start) is { } previous)
        {
            // "directed by joel or ethan coen": the second name is in the first one's role.
            role = previous.Role;
        }

        var context = Math.Max(director, actor);
        tokens.Use(start - context, length + context);
        _claimed.Add((start - context, start + length, role));
        return new PersonRequirement(person.Id, person.Name, role);
    }
}
