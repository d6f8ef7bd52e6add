using Catalog.Core.Titles;

namespace Catalog.Search.Understanding;

/// <summary>
/// The genres a query asks for and those it rules out, by the catalog's synonym vocabulary: plural
/// and misspelt forms, words that only look like a genre ("short-term", "the cold war"), negations
/// ("nothing scary") and alternatives ("horror or sci-fi").
/// </summary>
internal sealed class GenreRecognizer(CatalogLexicon lexicon)
{
    public (List<GenreRequirement> Wanted, List<GenreRequirement> Excluded) Recognize(QueryTokens tokens) => Requirements(tokens, Find(tokens));

    /// <summary>Every genre word, longest synonym first; takes them.</summary>
    private List<(int At, int Length, IReadOnlyList<int> GenreIds)> Find(QueryTokens tokens)
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

        return found;
    }

    /// <summary>The genre words in the order said, as requirements wanted (alternatives joined) and ruled out.</summary>
    private (List<GenreRequirement> Wanted, List<GenreRequirement> Excluded) Requirements(
        QueryTokens tokens, List<(int At, int Length, IReadOnlyList<int> GenreIds)> found)
    {
        var (wanted, excluded) = (new List<GenreRequirement>(), new List<GenreRequirement>());
        var previous = (End: -1, Negated: false);
        var alternativeTo = (Index: -1, At: -1);
        var ordered = found.OrderBy(f => f.At).ToList();
        var alternatives = Alternatives(tokens, ordered);
        for (var k = 0; k < ordered.Count; k++)
        {
            var (at, length, genreIds) = ordered[k];
            var negated = IsRuledOut(tokens, at, previous);
            if (negated)
            {
                // A genre ruled out does not rank; in a story ("a boy with no family") it is the story's.
                tokens.Use(at, length, describes: true);
            }

            var fresh = genreIds.Where(id => wanted.Concat(excluded).All(r => r.GenreIds[0] != id)).ToList();
            if (!negated && !previous.Negated && alternativeTo.Index >= 0 && fresh.Count == 1 && genreIds.Count == 1 && alternatives[k])
            {
                TakeJoiners(tokens, previous.End, at, alternativeTo.At);
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
    /// For each genre word, whether it is an alternative to the one before: joined by "or" (with
    /// articles, "a western or a war film"), or by a comma in a list that "or" closes ("a comedy,
    /// drama or romance"). A list of commas alone ("action, adventure") names each.
    /// </summary>
    private static bool[] Alternatives(QueryTokens tokens, List<(int At, int Length, IReadOnlyList<int> GenreIds)> ordered)
    {
        var alternative = new bool[ordered.Count];
        for (var k = ordered.Count - 1; k >= 1; k--)
        {
            var (end, start) = (ordered[k - 1].At + ordered[k - 1].Length, ordered[k].At);
            var between = Enumerable.Range(end, start - end).Select(tokens.FreeWord).ToList();
            // "a comedy, or maybe a romance": hedges may join the "or".
            var byOr = between.Count is > 0 and <= 4 && between.Contains("or") && between.All(w => w is "or" or "a" or "an" or "maybe" or "perhaps" or "possibly");
            var byComma = between.Count == 0 && tokens.CommaAfter(end - 1);
            alternative[k] = byOr || (byComma && k + 1 < ordered.Count && alternative[k + 1]);
        }

        return alternative;
    }

    /// <summary>Takes the words joining two alternative genres, and an "either" before the first of them at <paramref name="first"/>.</summary>
    private static void TakeJoiners(QueryTokens tokens, int end, int start, int first)
    {
        tokens.Use(end, start - end, describes: true);
        var article = tokens.FreeWord(first - 1) is "a" or "an" ? 1 : 0;
        if (tokens.FreeWord(first - 1 - article) == "either")
        {
            tokens.Use(first - 1 - article, 1 + article, describes: true);
        }
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
}
