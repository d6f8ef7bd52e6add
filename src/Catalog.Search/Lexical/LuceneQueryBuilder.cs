using System.Globalization;
using Catalog.Core.Titles;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Catalog.Search.Lexical;

/// <summary>
/// Turns a <see cref="LexicalQuery"/> into a Lucene query: each analysed word may match any text
/// field (best field counts, others add a little), filters are required clauses that score
/// nothing, and soft hints add a small bonus.
/// </summary>
internal sealed class LuceneQueryBuilder
{
    private readonly Analyzer _analyzer;

    /// <summary><see cref="EverydayWords"/> analysed: a query term and the terms of its written form.</summary>
    private readonly Dictionary<string, List<string>> _writtenForms = new(StringComparer.Ordinal);

    public LuceneQueryBuilder(Analyzer analyzer)
    {
        _analyzer = analyzer;
        foreach (var (said, written) in EverydayWords.WrittenForms)
        {
            if (Analyze(said) is not [var term] || !_writtenForms.TryAdd(term, Analyze(written)))
            {
                throw new InvalidOperationException($"Everyday word '{said}' must analyse to one term of its own.");
            }
        }
    }

    /// <summary>Words in more than half of all titles ("film", "american") say little and cost much; they are dropped (measured: 0.3 dropped "drama" and hurt person queries).</summary>
    public const double CommonWordShare = 0.5;

    /// <summary>Bonus for two query words that stand side by side in the text too; measured to help plot queries (known-item mrr 0.63 → 0.68).</summary>
    private const float PairBoost = 0.3f;

    /// <summary>Shorter words are too often a different real word one letter away.</summary>
    private const int MinTypoLength = 4;

    private const float TypoBoost = 0.8f;

    private const float SoftHintBoost = 0.6f;

    /// <summary>The query, and whether it has words to rank by; without any, every title that passes the filters scores the same.</summary>
    public (Query Query, bool HasWords) Build(LexicalQuery query, IndexReader reader)
    {
        var root = new BooleanQuery();
        var text = TextQuery(query.Text, reader);
        root.Add(text, Occur.MUST);
        AddSoftHints(root, query);
        if (!query.Filter.IsEmpty)
        {
            root.Add(new ConstantScoreQuery(FilterQuery(query.Filter)) { Boost = 0f }, Occur.MUST);
        }

        return (root, text is not MatchAllDocsQuery);
    }

    /// <summary>At least one word must match (a title that only passes the filters is no answer to words); no words match everything.</summary>
    private Query TextQuery(string text, IndexReader reader)
    {
        var terms = Analyze(text).Distinct().ToList();
        if (terms.Count == 0)
        {
            return new MatchAllDocsQuery();
        }

        var words = new BooleanQuery();
        var selective = terms.Where(t => reader.DocFreq(new Term(LuceneFields.All, t)) <= reader.MaxDoc * CommonWordShare).ToList();
        foreach (var term in selective.Count > 0 ? selective : terms)
        {
            var exact = new Term(LuceneFields.All, term);
            words.Add(WithWrittenForm(term), Occur.SHOULD);
            if (reader.DocFreq(exact) == 0 && term.Length >= MinTypoLength && !_writtenForms.ContainsKey(term))
            {
                // A word no title uses is most likely a typo ("terminater", "schwarzeneger"):
                // the nearest spellings the catalog does use stand in for it, at a discount.
                words.Add(new FuzzyQuery(exact, term.Length >= 6 ? 2 : 1, prefixLength: 1) { Boost = TypoBoost }, Occur.SHOULD);
            }
        }

        AddPairBonus(words, terms);
        return words;
    }

    /// <summary>The term, or the better of it and its written form ("tv" or "television"), so a text with both counts once.</summary>
    private Query WithWrittenForm(string term)
    {
        var said = new TermQuery(new Term(LuceneFields.All, term));
        if (!_writtenForms.TryGetValue(term, out var written) || written.Count == 0)
        {
            return said;
        }

        Query alternative;
        if (written.Count == 1)
        {
            alternative = new TermQuery(new Term(LuceneFields.All, written[0]));
        }
        else
        {
            var phrase = new PhraseQuery();
            written.ForEach(w => phrase.Add(new Term(LuceneFields.All, w)));
            alternative = phrase;
        }

        return new DisjunctionMaxQuery(0f) { said, alternative };
    }

    internal static Query FilterQuery(SearchFilter filter)
    {
        var all = new BooleanQuery();
        if (filter.Years is { } years)
        {
            all.Add(NumericRangeQuery.NewInt32Range(LuceneFields.Year, years.From, years.To, true, true), Occur.MUST);
        }

        foreach (var genre in filter.Genres)
        {
            all.Add(AnyOf(LuceneFields.GenreId, genre.GenreIds.Select(id => id.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        }

        foreach (var genre in filter.ExcludedGenres)
        {
            all.Add(AnyOf(LuceneFields.GenreId, genre.GenreIds.Select(id => id.ToString(CultureInfo.InvariantCulture))), Occur.MUST_NOT);
        }

        if (filter.AnyPerson && filter.People.Count > 0)
        {
            var anyOf = new BooleanQuery();
            filter.People.ToList().ForEach(person => anyOf.Add(Credited(person), Occur.SHOULD));
            all.Add(anyOf, Occur.MUST);
        }
        else
        {
            filter.People.ToList().ForEach(person => all.Add(Credited(person), Occur.MUST));
        }

        filter.ExcludedPeople.ToList().ForEach(person => all.Add(Credited(person), Occur.MUST_NOT));

        if (filter.Kind is { } kind)
        {
            all.Add(new TermQuery(new Term(LuceneFields.Kind, kind.ToCode())), Occur.MUST);
        }

        if (filter.AiUse != AiUseFilter.Any)
        {
            all.Add(new TermQuery(new Term(LuceneFields.Ai, filter.AiUse == AiUseFilter.OnlyWithAi ? "yes" : "no")), Occur.MUST);
        }

        if (all.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            // Lucene matches nothing with exclusions alone ("nothing scary"): they exclude from everything.
            all.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return all;
    }

    private static TermQuery Credited(PersonRequirement person)
    {
        var field = person.Role switch
        {
            CreditRole.Actor => LuceneFields.ActorId,
            CreditRole.Director or CreditRole.Creator => LuceneFields.DirectorId,
            _ => LuceneFields.PersonId,
        };
        return new TermQuery(new Term(field, LuceneDocumentMapper.Id(person.PersonId)));
    }

    /// <summary>Words that stand together in the query score more where they stand together in the text ("charles bronson").</summary>
    private static void AddPairBonus(BooleanQuery root, List<string> terms)
    {
        for (var i = 0; i + 1 < terms.Count; i++)
        {
            var phrase = new PhraseQuery { Boost = PairBoost };
            phrase.Add(new Term(LuceneFields.All, terms[i]));
            phrase.Add(new Term(LuceneFields.All, terms[i + 1]));
            root.Add(phrase, Occur.SHOULD);
        }
    }

    private static void AddSoftHints(BooleanQuery root, LexicalQuery query)
    {
        if (query.PreferredYears is { } years)
        {
            root.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(LuceneFields.Year, years.From, years.To, true, true)) { Boost = SoftHintBoost }, Occur.SHOULD);
        }

        if (query.PreferredGenreIds.Count > 0)
        {
            var genres = AnyOf(LuceneFields.GenreId, query.PreferredGenreIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
            root.Add(new ConstantScoreQuery(genres) { Boost = SoftHintBoost }, Occur.SHOULD);
        }
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }

    private List<string> Analyze(string text) => CatalogAnalyzer.Terms(_analyzer, text);
}
