using System.Text.RegularExpressions;
using Catalog.Core.Text;
using Catalog.Core.Titles;

namespace Catalog.Search.Understanding;

/// <summary>
/// The deterministic query understanding: a typed or transcribed sentence in, a
/// <see cref="QueryIntent"/> out. Recognizers run in a fixed order over the folded words, each
/// taking the words it understood: fillers, AI use, time, "like &lt;title&gt;", people, genres,
/// kind. What is left is the residue for free-text retrieval.
/// </summary>
public sealed partial class QueryParser(CatalogLexicon lexicon, TimeProvider time)
{
    /// <summary>
    /// A residue of this many content words makes the query a description ("private eye uncovers
    /// a scandal in 1930s los angeles"): its genre and time words then rank instead of filter,
    /// because in a description they tell the story's setting, not the release.
    /// </summary>
    public const int DescriptiveContentWords = 4;

    public QueryIntent Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var exactTitles = ExactTitles(text);
        var intent = Parse(text, exactTitles, TitleReading.None);
        if (exactTitles.Count > 0 && intent.Residue.Length > 0)
        {
            // The query is a title with words of its own beside any filter words ("war of the worlds",
            // "the last picture show"): the title is meant, so its words stay text.
            intent = Parse(text, exactTitles, TitleReading.Whole);
        }

        return intent;
    }

    /// <summary>How much of a query that names a title exactly is read as that title.</summary>
    private enum TitleReading
    {
        /// <summary>No title, or one made only of filter words ("scary movie"): everything is recognized.</summary>
        None,

        /// <summary>Filters are read except time and a bare surname ("summer of '42", "1917" with its filter words kept).</summary>
        TimeAndSurname,

        /// <summary>Nothing is read as a filter: the words are the title's.</summary>
        Whole,
    }

    private QueryIntent Parse(string text, List<long> exactTitles, TitleReading reading)
    {
        if (reading == TitleReading.None && exactTitles.Count > 0)
        {
            reading = TitleReading.TimeAndSurname;
        }

        var currentYear = time.GetUtcNow().Year;
        var readFilters = reading != TitleReading.Whole;
        var readTime = reading == TitleReading.None;
        // "so like, suspense from 2019": "like" before a pause is a filler of speech, not "like <title>".
        var spoken = SpokenLike().Replace(text, " ");
        var tokens = new QueryTokens(readTime ? TimeExpressions.ExpandApostropheYears(spoken, currentYear) : spoken);
        StripFillers(tokens);
        var aiUse = readFilters ? RecognizeAiUse(tokens) : AiUseFilter.Any;
        var years = readTime ? TimeExpressions.Recognize(tokens, currentYear, lexicon.Genres.StartsAlias) : null;
        var like = readFilters ? RecognizeLike(tokens) : null;
        var people = readFilters ? RecognizePeople(tokens) : [];
        var genres = readFilters ? RecognizeGenres(tokens) : [];
        var kind = readFilters ? RecognizeKind(tokens) : null;
        var capitalized = CapitalizedWords(text);
        people.AddRange(readFilters ? RecognizeSurnames(tokens, people, capitalized) : []);
        if (readTime)
        {
            people.AddRange(RecognizeBareNames(tokens, people, capitalized));
        }

        // A title read whole keeps every word of it ("what ever happened to baby jane").
        var residue = readFilters ? WithoutFillers(tokens.FreeWords()) : [.. tokens.FreeWords()];
        var contentWords = residue.Count(w => !QueryWords.StopWords.Contains(w));
        var descriptive = contentWords >= DescriptiveContentWords;
        if (descriptive)
        {
            // A described story keeps its genre and time words as text too: "family secrets in 1930s
            // los angeles" is what the film is about, and the words find it.
            residue = WithoutFillers(tokens.DescriptionWords());
        }

        return new QueryIntent
        {
            Text = text,
            Residue = contentWords == 0 ? string.Empty : string.Join(' ', residue),
            Years = years,
            Genres = genres,
            People = people,
            Kind = kind,
            AiUse = aiUse,
            Like = like,
            Descriptive = descriptive,
            ExactTitleIds = exactTitles,
        };
    }

    [GeneratedRegex(@"\blike\s*,", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenLike();

    /// <summary>The words left for text retrieval: without hesitations and the empty words of speech ("really", "of all time").</summary>
    private static List<string> WithoutFillers(IEnumerable<string> words)
    {
        var tokens = new QueryTokens(string.Join(' ', words.Where(w => !QueryWords.AnywhereFillers.Contains(w))));
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = PhraseMatcher.Match(tokens, i, QueryWords.ResidueFillers);
            tokens.Use(i, length);
        }

        return [.. tokens.FreeWords()];
    }

    /// <summary>The titles the whole query names, once the fillers of speech are set aside.</summary>
    private List<long> ExactTitles(string text)
    {
        var tokens = new QueryTokens(text);
        StripFillers(tokens);
        return lexicon.Titles.FindAll(string.Join(' ', tokens.FreeWords())).Select(t => t.Id).ToList();
    }

    private static void StripFillers(QueryTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (QueryWords.AnywhereFillers.Contains(tokens.Words[i]))
            {
                tokens.Use(i, 1);
            }
        }

        var start = 0;
        while (start < tokens.Count)
        {
            if (tokens.IsUsed(start))
            {
                start++;
                continue;
            }

            var length = PhraseMatcher.Match(tokens, start, QueryWords.LeadingFillers);
            if (length == 0)
            {
                break;
            }

            tokens.Use(start, length);
            start += length;
        }
    }

    private static AiUseFilter RecognizeAiUse(QueryTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // "without ai" is checked first: it contains "ai", and the negation decides.
            foreach (var (phrases, filter) in new[] { (QueryWords.WithoutAi, AiUseFilter.WithoutAi), (QueryWords.WithAi, AiUseFilter.OnlyWithAi) })
            {
                var length = PhraseMatcher.Match(tokens, i, phrases);
                if (length > 0 && !IsBareAi(tokens, i, length))
                {
                    tokens.Use(i, length);
                    tokens.Use(i + length, PhraseMatcher.Match(tokens, i + length, QueryWords.AiUseTrail));
                    return filter;
                }
            }
        }

        return AiUseFilter.Any;
    }

    private static bool IsBareAi(QueryTokens tokens, int i, int length) =>
        QueryWords.BareAi.Any(phrase => phrase.Length == length && PhraseMatcher.Match(tokens, i, [phrase]) == length);

    private TitleRef? RecognizeLike(QueryTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var lead = PhraseMatcher.Match(tokens, i, QueryWords.LikeWords);
            if (lead == 0)
            {
                continue;
            }

            for (var n = Math.Min(lexicon.Titles.MaxWords, tokens.Count - i - lead); n >= 1; n--)
            {
                if (tokens.IsFree(i + lead, n) && lexicon.Titles.Find(tokens.Join(i + lead, n)) is { } title)
                {
                    tokens.Use(i, lead + n);
                    return title;
                }
            }
        }

        return null;
    }

    private List<PersonRequirement> RecognizePeople(QueryTokens tokens)
    {
        var people = new List<PersonRequirement>();
        for (var n = 4; n >= 2; n--)
        {
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                if (tokens.IsFree(i, n) && lexicon.People.FindFullName(tokens.Join(i, n)) is { } person
                    && ((!PersonNames.NeedsCue(person) && person.Credits >= MinCreditsWithoutCue) || HasPersonCue(tokens, i)))
                {
                    people.Add(Claim(tokens, i, n, person));
                }
            }
        }

        return people;
    }

    /// <summary>A surname alone counts only where the sentence says a person comes: "with Bronson", "by Kubrick".</summary>
    private IEnumerable<PersonRequirement> RecognizeSurnames(QueryTokens tokens, List<PersonRequirement> found, HashSet<string> capitalized)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens.FreeWord(i);
            if (word is null || !HasPersonCue(tokens, i) || QueryWords.StopWords.Contains(word))
            {
                continue;
            }

            var named = lexicon.People.FindSurname(word) ?? lexicon.People.FindDominantGivenName(word);
            if (named is var (person, name) && found.All(p => p.PersonId != person.Id) && !IsOrdinaryWord(name, word, person, capitalized))
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

    private static bool HasPersonCue(QueryTokens tokens, int start) =>
        PhraseMatcher.MatchBefore(tokens, start, QueryWords.ActorContext) > 0 || PhraseMatcher.MatchBefore(tokens, start, QueryWords.DirectorContext) > 0;

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
    private List<PersonRequirement> RecognizeBareNames(QueryTokens tokens, List<PersonRequirement> found, HashSet<string> capitalized)
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
            if (named is not var (person, name) || IsOrdinaryWord(name, word, person, capitalized)
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
        }

        return [.. people.Select(p => new PersonRequirement(p.Person.Id, p.Person.Name, null))];
    }

    /// <summary>Names said alone in one query: "pacino and de niro", not a list of words.</summary>
    private const int MaxBareNames = 3;

    /// <summary>
    /// A name that is also an ordinary word: titles use it more than the person is credited ("black",
    /// "young", "zombies"), or plots use it in lower case ("bond", "cage", "church"). Written with a
    /// capital inside the query ("movies with Cage"), it is a name after all.
    /// </summary>
    private bool IsOrdinaryWord(string name, string said, PersonEntry person, HashSet<string> capitalized) =>
        !capitalized.Contains(said)
        && ((lexicon.Titles.TitlesWithWord(name) + (said == name ? 0 : lexicon.Titles.TitlesWithWord(said))) * TitleWordsPerCredit >= person.Credits
            || lexicon.Words.IsOrdinary(name) || lexicon.Words.IsOrdinary(said));

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

    private static PersonRequirement Claim(QueryTokens tokens, int start, int length, PersonEntry person)
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

        var context = Math.Max(director, actor);
        tokens.Use(start - context, length + context);
        return new PersonRequirement(person.Id, person.Name, role);
    }

    private List<GenreRequirement> RecognizeGenres(QueryTokens tokens)
    {
        var requirements = new List<GenreRequirement>();
        for (var n = lexicon.Genres.MaxAliasWords; n >= 1; n--)
        {
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                if (!tokens.IsFree(i, n) || (lexicon.Genres.Find(tokens.Join(i, n)) ?? MisspeltGenre(tokens, i, n)) is not { } genreIds
                    || IsPartOfCompound(tokens, i, n))
                {
                    continue;
                }

                tokens.Use(i, n, describes: true);
                foreach (var genreId in genreIds.Where(id => requirements.All(r => r.GenreIds[0] != id)))
                {
                    requirements.Add(lexicon.Genres.Requirement(genreId));
                }
            }
        }

        return requirements;
    }

    /// <summary>
    /// "horor", "thriler": a genre name one typo off, when the word is no word of its own (not used
    /// in lower case in the catalog's plots, in no title), so "prime" never becomes crime.
    /// </summary>
    private IReadOnlyList<int>? MisspeltGenre(QueryTokens tokens, int i, int n) =>
        n == 1 && tokens.Words[i] is var word && !lexicon.Words.IsKnown(word) && lexicon.Titles.TitlesWithWord(word) == 0
            ? lexicon.Genres.FindWithOneTypo(word)
            : null;

    /// <summary>"the cold war" is an era and a subject, not a war film, "star wars" a title, "the history of jazz" a subject, not a period piece.</summary>
    private static bool IsPartOfCompound(QueryTokens tokens, int i, int n) =>
        n == 1 && ((tokens.Words[i] is "war" or "wars" && i > 0 && tokens.Words[i - 1] is "cold" or "star")
            || (tokens.Words[i] == "history" && i + 1 < tokens.Count && tokens.Words[i + 1] == "of"));

    private static TitleKind? RecognizeKind(QueryTokens tokens)
    {
        TitleKind? kind = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (phrases, candidate) in new[] { (QueryWords.SeriesWords, TitleKind.Series), (QueryWords.MovieWords, TitleKind.Movie) })
            {
                var length = PhraseMatcher.Match(tokens, i, phrases);
                if (length > 0)
                {
                    tokens.Use(i, length);
                    kind ??= candidate;
                }
            }
        }

        return kind;
    }
}
