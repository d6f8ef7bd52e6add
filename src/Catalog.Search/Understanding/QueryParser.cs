using System.Text.RegularExpressions;
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
        var openerKind = StripFillers(tokens);
        var firstWord = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => !tokens.IsUsed(i));
        var aiUse = readFilters ? RecognizeAiUse(tokens) : AiUseFilter.Any;
        var years = readTime ? TimeExpressions.Recognize(tokens, currentYear, lexicon.Genres.StartsAlias) : null;
        var like = readFilters ? RecognizeLike(tokens) : null;
        var names = new PeopleRecognizer(lexicon, text);
        var directorsOfTitle = readFilters ? TitleDirectors.Recognize(tokens, lexicon) : [];
        var people = readFilters ? names.FullNames(tokens) : [];
        people.AddRange(directorsOfTitle.Where(d => people.All(p => p.PersonId != d.PersonId)));
        if (people.Count > 0)
        {
            // Before genres: "late period woody allen" is a time in his work, not a period piece.
            PhraseMatcher.TakeUnlessStory(tokens, QueryWords.CareerWords, DescriptiveContentWords);
        }

        var (genres, excludedGenres) = readFilters ? RecognizeGenres(tokens) : ([], []);
        var (kind, kindAt) = readFilters ? RecognizeKind(tokens) : (null, -1);
        if (readFilters && openerKind is not null)
        {
            // The opener named the kind: "the movie where ..." stands at the start, whatever the story says later.
            (kind, kindAt) = (openerKind, firstWord);
        }

        people.AddRange(readFilters ? names.CuedNames(tokens, people) : []);
        if (readTime && names.BareNames(tokens, people) is { Count: > 0 } bare)
        {
            people.AddRange(bare);
            PhraseMatcher.TakeUnlessStory(tokens, QueryWords.CareerWords, DescriptiveContentWords);
        }

        people = names.WithRolesSaidAfter(tokens, people);
        people = names.WithListedRoles(tokens, people);
        (people, var excludedPeople) = names.RuledOut(tokens, people);
        var anyPerson = people.Count > 1 && names.JoinedByOr(tokens);

        if (readFilters)
        {
            // "some underrated 80s horror picks to binge this weekend": the request's chatter, unless it tells a story.
            PhraseMatcher.TakeUnlessStory(tokens, QueryWords.RequestChatter, DescriptiveContentWords);
        }

        // A title read whole keeps every word of it ("what ever happened to baby jane").
        List<string> Spoken(IEnumerable<string> words) => readFilters ? WithoutFillers(words) : [.. words];
        var residue = Spoken(tokens.FreeWords());
        var contentWords = ContentWords(residue);
        // A genre word kept to rank by ("heist") is still a filter word: it does not make a description.
        var descriptive = ContentWords(Spoken(tokens.OpenWords())) >= DescriptiveContentWords;
        if (descriptive)
        {
            // A described story keeps its genre and time words as text too: "family secrets in 1930s
            // los angeles" is what the film is about, and the words find it.
            residue = WithoutFillers(tokens.DescriptionWords());
            kind = kindAt - firstWord <= KindWordReach ? kind : null;
            excludedGenres = [];
        }

        return new QueryIntent
        {
            Text = text,
            Residue = contentWords == 0 ? string.Empty : string.Join(' ', residue),
            Years = years,
            Genres = genres,
            ExcludedGenres = excludedGenres,
            People = people,
            ExcludedPeople = excludedPeople,
            AnyPerson = anyPerson,
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
    private static int ContentWords(IEnumerable<string> words) => words.Count(w => !QueryWords.StopWords.Contains(w));

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

    /// <returns>The kind a stripped opener said ("what's the name of the movie where"), or null.</returns>
    private static TitleKind? StripFillers(QueryTokens tokens)
    {
        TitleKind? said = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (QueryWords.AnywhereFillers.Contains(tokens.Words[i]))
            {
                tokens.Use(i, 1);
            }
        }

        StripQuestionFrame(tokens);

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
            said ??= Enumerable.Range(start, length).Select(i => KindOf(tokens.Words[i])).FirstOrDefault(k => k is not null);
            start += length;
        }

        return said;
    }

    private static TitleKind? KindOf(string word) =>
        QueryWords.MovieWords.Any(w => w is [var one] && one == word) ? TitleKind.Movie
        // Not "show": "show me" opens any request.
        : word != "show" && QueryWords.SeriesWords.Any(w => w is [var one] && one == word) ? TitleKind.Series
        : null;

    /// <summary>"what courtroom dramas have you got", "which westerns are there": the question around the request.</summary>
    private static void StripQuestionFrame(QueryTokens tokens)
    {
        var first = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => !tokens.IsUsed(i), -1);
        var last = Enumerable.Range(0, tokens.Count).LastOrDefault(i => !tokens.IsUsed(i), -1);
        var opener = first < 0 ? 0 : PhraseMatcher.Match(tokens, first, QueryWords.QuestionOpeners);
        if (opener == 0)
        {
            return;
        }

        foreach (var tail in QueryWords.QuestionTails)
        {
            var start = last - tail.Length + 1;
            if (start > first + opener && PhraseMatcher.Match(tokens, start, [tail]) == tail.Length)
            {
                tokens.Use(first, opener);
                tokens.Use(start, tail.Length);
                return;
            }
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
                    tokens.Use(i + length, PhraseMatcher.Match(tokens, i + length, QueryWords.AiUseTrail));
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
                if (tokens.IsFree(i + lead, n) && lexicon.Titles.Find(tokens.Join(i + lead, n)) is { } title && EndsThere(tokens, i + lead + n))
                {
                    tokens.Use(i, lead + n);
                    return title;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a title read after "like" may end at <paramref name="at"/>: at the end, a small word,
    /// a word already read, a filler, a genre or a film word ("like alien with weaver", "like alien
    /// horror movies"), but not inside a longer name the catalog lacks ("shows like breaking bad" is
    /// not the film Breaking).
    /// </summary>
    private bool EndsThere(QueryTokens tokens, int at) =>
        tokens.FreeWord(at) is not { } next
        || QueryWords.StopWords.Contains(next) || QueryWords.IsChatter(next) || QueryWords.AnywhereFillers.Contains(next)
        || QueryWords.LeadingFillers.Any(phrase => phrase[0] == next) || QueryWords.QuestionOpeners.Any(phrase => phrase[0] == next)
        || lexicon.Genres.StartsAlias(next) || KindOf(next) is not null || next == "show" || char.IsAsciiDigit(next[0]);

    private (List<GenreRequirement> Wanted, List<GenreRequirement> Excluded) RecognizeGenres(QueryTokens tokens)
    {
        var found = new List<(int At, int Length, IReadOnlyList<int> GenreIds)>();
        for (var n = lexicon.Genres.MaxAliasWords; n >= 1; n--)
        {
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                if (!tokens.IsFree(i, n) || (lexicon.Genres.Find(tokens.Join(i, n)) ?? MisspeltGenre(tokens, i, n)) is not { } genreIds
                    || IsPartOfCompound(tokens, i, n) || IsShortOfSomething(tokens, i, n))
                {
                    continue;
                }

                tokens.Use(i, n, describes: true, keep: lexicon.Genres.IsSpecific(tokens.Join(i, n)));
                found.Add((i, n, genreIds));
            }
        }

        var (wanted, excluded) = (new List<GenreRequirement>(), new List<GenreRequirement>());
        var previous = (End: -1, Negated: false);
        var alternativeTo = (Index: -1, At: -1);
        foreach (var (at, length, genreIds) in found.OrderBy(f => f.At))
        {
            var negated = IsRuledOut(tokens, at, previous);
            if (negated)
            {
                // A genre ruled out does not rank; in a story ("a boy with no family") it is the story's.
                tokens.Use(at, length, describes: true);
            }

            var fresh = genreIds.Where(id => wanted.Concat(excluded).All(r => r.GenreIds[0] != id)).ToList();
            if (!negated && !previous.Negated && alternativeTo.Index >= 0 && fresh.Count == 1 && genreIds.Count == 1
                && JoinedByOr(tokens, previous.End, at, alternativeTo.At))
            {
                // "horror or sci-fi": one requirement that either meets.
                wanted[alternativeTo.Index] = Either(wanted[alternativeTo.Index], lexicon.Genres.Requirement(fresh[0]));
            }
            else
            {
                var into = negated ? excluded : wanted;
                into.AddRange(fresh.Select(lexicon.Genres.Requirement));
                alternativeTo = (!negated && genreIds.Count == 1 && fresh.Count == 1 ? wanted.Count - 1 : -1, at);
            }

            previous = (at + length, negated);
        }

        return (wanted, excluded);
    }

    /// <summary>
    /// Whether only "or" (with articles, "a western or a war film") stands between two genre words;
    /// takes those words, and an "either" before the first genre word at <paramref name="first"/>.
    /// </summary>
    private static bool JoinedByOr(QueryTokens tokens, int end, int start, int first)
    {
        var between = Enumerable.Range(end, start - end).Select(tokens.FreeWord).ToList();
        if (between.Count is 0 or > 2 || !between.Contains("or") || between.Any(w => w is not ("or" or "a" or "an")))
        {
            return false;
        }

        tokens.Use(end, start - end, describes: true);
        var article = tokens.FreeWord(first - 1) is "a" or "an" ? 1 : 0;
        if (tokens.FreeWord(first - 1 - article) == "either")
        {
            tokens.Use(first - 1 - article, 1 + article, describes: true);
        }

        return true;
    }

    private static GenreRequirement Either(GenreRequirement first, GenreRequirement second) => new(
        $"{first.Label} or {second.Label}", [.. first.GenreIds.Union(second.GenreIds)], [.. first.GenreNames.Union(second.GenreNames)]);

    /// <summary>
    /// "that aren't comedies", "nothing too scary", "no horror or slasher": a genre after a negation,
    /// or listed right after one that was, is ruled out. Takes the negation and the joiner.
    /// </summary>
    private static bool IsRuledOut(QueryTokens tokens, int at, (int End, bool Negated) previous)
    {
        var cue = PhraseMatcher.MatchBefore(tokens, at, QueryWords.GenreNegations);
        if (cue > 0)
        {
            tokens.Use(at - cue, cue, describes: true);
            return true;
        }

        // "anything but horror": "anything" went with the fillers that open a request.
        if (at >= 2 && tokens.FreeWord(at - 1) is "but" or "except" && tokens.Words[at - 2] is "anything" or "something")
        {
            tokens.Use(at - 1, 1, describes: true);
            return true;
        }

        if (previous.Negated && (at == previous.End || (at == previous.End + 1 && tokens.FreeWord(previous.End) is "or" or "nor" or "and")))
        {
            tokens.Use(previous.End, at - previous.End, describes: true);
            return true;
        }

        return false;
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

    /// <summary>
    /// "short-term memory loss", "a short story", "short-tempered": "short" names short films only
    /// last, or before a film word, a genre or a list ("short films", "short horror", "shorts and features").
    /// </summary>
    private bool IsShortOfSomething(QueryTokens tokens, int i, int n) =>
        n == 1 && tokens.Words[i] == "short" && i + 1 < tokens.Count && tokens.Words[i + 1] is var next
        && next is not ("and" or "or" or "subject" or "subjects") && !lexicon.Genres.StartsAlias(next)
        && !QueryWords.MovieWords.Any(words => words[0] == next) && !QueryWords.SeriesWords.Any(words => words[0] == next);

    /// <returns>The kind and where its first word stands, or null and -1.</returns>
    private static (TitleKind? Kind, int At) RecognizeKind(QueryTokens tokens)
    {
        (TitleKind? Kind, int At) found = (null, -1);
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (phrases, candidate) in new[] { (QueryWords.SeriesWords, TitleKind.Series), (QueryWords.MovieWords, TitleKind.Movie) })
            {
                var length = PhraseMatcher.Match(tokens, i, phrases);
                if (length > 0)
                {
                    tokens.Use(i, length, describes: true);
                    found = found.Kind is null ? (candidate, i) : found;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// How far into a description a film word may stand and still say what kind of title is wanted:
    /// "the movie where ..." does; "... realizes his life is a tv show" tells the story.
    /// </summary>
    private const int KindWordReach = 2;
}
