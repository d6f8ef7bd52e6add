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
        // "w/o" is "without" (and "w/", read as "w", is "with").
        var spoken = SpeechFillers.WithoutHesitations(WithoutShorthand().Replace(SpokenLike().Replace(text, " "), " without "));
        var tokens = new QueryTokens(readTime ? TimeExpressions.ExpandApostropheYears(spoken, currentYear) : spoken);
        var openerKind = SpeechFillers.StripFillers(tokens, at => TitleAt(tokens, at) is not null);
        var firstWord = Math.Max(tokens.FirstFree(), 0);
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

        var (genres, excludedGenres) = readFilters ? new GenreRecognizer(lexicon).Recognize(tokens) : ([], []);
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
        people = names.WithoutCorrected(tokens, people);
        (people, var excludedPeople) = names.RuledOut(tokens, people);
        years ??= readTime ? names.CareerPart(tokens, people) : null;
        var anyPerson = people.Count > 1 && (names.SaidNamesakes || names.JoinedByOr(tokens));

        if (readFilters)
        {
            // "some underrated 80s horror picks to binge this weekend": the request's chatter, unless it tells a story.
            PhraseMatcher.TakeUnlessStory(tokens, QueryWords.RequestChatter, DescriptiveContentWords);
        }

        // A title read whole keeps every word of it ("what ever happened to baby jane").
        List<string> Spoken(IEnumerable<string> words) => readFilters ? SpeechFillers.WithoutFillers(words) : [.. words];
        var residue = Spoken(tokens.FreeWords());
        var contentWords = ContentWords(residue);
        // A genre word kept to rank by ("heist") is still a filter word: it does not make a description.
        var descriptive = ContentWords(Spoken(tokens.OpenWords())) >= DescriptiveContentWords;
        if (descriptive)
        {
            // A described story keeps its genre and time words as text too: "family secrets in 1930s
            // los angeles" is what the film is about, and the words find it.
            residue = SpeechFillers.WithoutFillers(tokens.DescriptionWords());
            kind = kindAt - firstWord <= KindWordReach ? kind : null;
            excludedGenres = [];
        }

        return new QueryIntent
        {
            Text = text,
            Residue = contentWords == 0 ? string.Empty : string.Join(' ', CanonicalSpellings.Apply(residue)),
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

    [GeneratedRegex(@"\bw/(?:o|out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithoutShorthand();

    /// <summary>How many of the words are not small words ("a", "of", "with").</summary>
    private static int ContentWords(IEnumerable<string> words) => words.Count(w => !QueryWords.StopWords.Contains(w));

    /// <summary>The titles the whole query names, once the fillers of speech are set aside.</summary>
    private List<long> ExactTitles(string text)
    {
        var tokens = new QueryTokens(SpeechFillers.WithoutHesitations(text));
        SpeechFillers.StripFillers(tokens);
        return lexicon.Titles.FindAll(string.Join(' ', tokens.FreeWords())).Select(t => t.Id).ToList();
    }

    private static AiUseFilter RecognizeAiUse(QueryTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // "without ai" is checked first: it contains "ai", and the negation decides.
            foreach (var (phrases, filter) in new[] { (QueryWords.WithoutAi, AiUseFilter.WithoutAi), (QueryWords.WithAi, AiUseFilter.OnlyWithAi) })
            {
                var length = PhraseMatcher.Match(tokens, i, phrases);
                if (length > 0 && !InAStory(tokens, i))
                {
                    tokens.Use(i, length);
                    tokens.Use(i + length, PhraseMatcher.Match(tokens, i + length, QueryWords.AiUseTrail));
                    var negation = filter == AiUseFilter.OnlyWithAi ? AiNegationBefore(tokens, i) : 0;
                    tokens.Use(i - negation, negation);
                    return negation > 0 ? AiUseFilter.WithoutAi : filter;
                }
            }
        }

        return AiUseFilter.Any;
    }

    /// <summary>"a teacher who used generative ai to cheat": someone in a story used it, a few words before.</summary>
    private static bool InAStory(QueryTokens tokens, int at) =>
        Enumerable.Range(Math.Max(0, at - 3), Math.Min(3, at)).Any(k => QueryWords.StorySubjects.Contains(tokens.Words[k]));

    /// <summary>The words before an AI use that deny it ("nothing made with", "anything but"), as their length.</summary>
    private static int AiNegationBefore(QueryTokens tokens, int at) =>
        PhraseMatcher.MatchBefore(tokens, at, QueryWords.AiNegations) is var negation and > 0 ? negation
        // "anything but ai generated movies": "anything" went with the fillers that open a request.
        : at >= 2 && tokens.FreeWord(at - 1) is "but" or "except" && tokens.Words[at - 2] is "anything" or "something" ? 1
        : 0;

    private TitleRef? RecognizeLike(QueryTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var lead = PhraseMatcher.Match(tokens, i, QueryWords.LikeWords);
            if (lead == 0)
            {
                continue;
            }

            if (TitleAt(tokens, i + lead) is var (title, length))
            {
                tokens.Use(i, lead + length);
                return title;
            }
        }

        return null;
    }

    /// <summary>A title whose name starts at <paramref name="at"/> and may end where it does, with its length in words.</summary>
    private (TitleRef Title, int Length)? TitleAt(QueryTokens tokens, int at)
    {
        for (var n = Math.Min(lexicon.Titles.MaxWords, tokens.Count - at); n >= 1; n--)
        {
            if (tokens.IsFree(at, n) && lexicon.Titles.Find(tokens.Join(at, n)) is { } title && EndsThere(tokens, at + n))
            {
                return (title, n);
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
        || lexicon.Genres.StartsAlias(next) || QueryWords.IsKindWord(next) || char.IsAsciiDigit(next[0]);

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
