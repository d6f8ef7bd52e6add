using Catalog.Core.Titles;

namespace Catalog.Search.Understanding;

/// <summary>
/// The deterministic query understanding: a typed or transcribed sentence in, a
/// <see cref="QueryIntent"/> out. Recognizers run in a fixed order over the folded words, each
/// taking the words it understood: fillers, AI use, time, "like &lt;title&gt;", people, genres,
/// kind. What is left is the residue for free-text retrieval.
/// </summary>
public sealed class QueryParser(CatalogLexicon lexicon, TimeProvider time)
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
        var currentYear = time.GetUtcNow().Year;
        var exactTitles = ExactTitles(text);
        // A query that is a title ("the last five years", "summer of '42") keeps its time-like words as text.
        var isTitle = exactTitles.Count > 0;
        var tokens = new QueryTokens(isTitle ? text : TimeExpressions.ExpandApostropheYears(text, currentYear));
        StripFillers(tokens);
        var aiUse = RecognizeAiUse(tokens);
        var years = isTitle ? null : TimeExpressions.Recognize(tokens, currentYear);
        var like = RecognizeLike(tokens);
        var people = RecognizePeople(tokens);
        var genres = RecognizeGenres(tokens);
        var kind = RecognizeKind(tokens);
        people.AddRange(RecognizeSurnames(tokens, people));
        if (!isTitle && RecognizeBareSurname(tokens, people) is { } bare)
        {
            people.Add(bare);
        }

        var residue = tokens.FreeWords().Where(w => !QueryWords.AnywhereFillers.Contains(w)).ToList();
        var contentWords = residue.Count(w => !QueryWords.StopWords.Contains(w));
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
            Descriptive = contentWords >= DescriptiveContentWords,
            ExactTitleIds = exactTitles,
        };
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
                if (length > 0)
                {
                    tokens.Use(i, length);
                    return filter;
                }
            }
        }

        return AiUseFilter.Any;
    }

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
                if (tokens.IsFree(i, n) && lexicon.People.FindFullName(tokens.Join(i, n)) is { } person)
                {
                    people.Add(Claim(tokens, i, n, person));
                }
            }
        }

        return people;
    }

    /// <summary>A surname alone counts only where the sentence says a person comes: "with Bronson", "by Kubrick".</summary>
    private IEnumerable<PersonRequirement> RecognizeSurnames(QueryTokens tokens, List<PersonRequirement> found)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens.FreeWord(i);
            var hasContext = PhraseMatcher.MatchBefore(tokens, i, QueryWords.ActorContext) > 0
                || PhraseMatcher.MatchBefore(tokens, i, QueryWords.DirectorContext) > 0;
            if (word is null || !hasContext || QueryWords.StopWords.Contains(word))
            {
                continue;
            }

            if (lexicon.People.FindSurname(word) is { } person && found.All(p => p.PersonId != person.Id))
            {
                yield return Claim(tokens, i, 1, person);
            }
        }
    }

    /// <summary>
    /// Titles in which a name-like word may appear for each of the person's credits before it counts
    /// as an ordinary word ("black", "young") rather than a name.
    /// </summary>
    private const int TitleWordsPerCredit = 5;

    /// <summary>
    /// "stallone action movies": a surname with no context word is taken only when it is all that is
    /// left of the query, belongs to someone far better known than anyone else of that name, and is
    /// rare in titles. In a description ("a cruise ship disaster") it stays text.
    /// </summary>
    private PersonRequirement? RecognizeBareSurname(QueryTokens tokens, List<PersonRequirement> found)
    {
        var content = Enumerable.Range(0, tokens.Count)
            .Where(i => tokens.FreeWord(i) is { } w && !QueryWords.StopWords.Contains(w) && !QueryWords.AnywhereFillers.Contains(w))
            .ToList();
        if (content is not [var at] || tokens.Words[at] is not { Length: >= 4 } word)
        {
            return null;
        }

        if (lexicon.People.FindDominantSurname(word) is not { } dominant)
        {
            return null;
        }

        var (person, surname) = dominant;
        if (found.Any(p => p.PersonId == person.Id) || lexicon.Titles.TitlesWithWord(surname) * TitleWordsPerCredit >= person.Credits)
        {
            return null;
        }

        tokens.Use(at, 1);
        return new PersonRequirement(person.Id, person.Name, null);
    }

    private static PersonRequirement Claim(QueryTokens tokens, int start, int length, PersonEntry person)
    {
        CreditRole? role = null;
        var director = PhraseMatcher.MatchBefore(tokens, start, QueryWords.DirectorContext);
        var actor = director == 0 ? PhraseMatcher.MatchBefore(tokens, start, QueryWords.ActorContext) : 0;
        if (director > 0)
        {
            role = CreditRole.Director;
        }
        else if (actor > 0)
        {
            role = CreditRole.Actor;
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
                if (!tokens.IsFree(i, n) || lexicon.Genres.Find(tokens.Join(i, n)) is not { } genreIds)
                {
                    continue;
                }

                tokens.Use(i, n);
                foreach (var genreId in genreIds.Where(id => requirements.All(r => r.GenreIds[0] != id)))
                {
                    requirements.Add(lexicon.Genres.Requirement(genreId));
                }
            }
        }

        return requirements;
    }

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
