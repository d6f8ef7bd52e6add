using Catalog.Search.Retrieval;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Catalog.Search.Lexical;

/// <summary>
/// An embedded Lucene index of the catalog (in memory, rebuilt from PostgreSQL at start-up and
/// kept current with <see cref="Upsert"/>/<see cref="Delete"/>), ranked with BM25.
/// Searches run concurrently; writes are serialized by Lucene's IndexWriter.
/// </summary>
public sealed class LuceneTitleIndex : ILexicalSearch, IDisposable
{
    private readonly Analyzer _analyzer = CatalogAnalyzer.Create();
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly LuceneQueryBuilder _queries;

    /// <summary>
    /// BM25 with k1 0.9 and b 0.4 (Anserini's defaults): weaker length normalization suits one field
    /// that mixes short name lists with long plots. Measured against 1.2 / 0.75 (docs/evaluation.md).
    /// </summary>
    private const float K1 = 0.9f;

    private const float B = 0.4f;

    private static readonly Sort ByHintThenProminence = new(SortField.FIELD_SCORE, new SortField(LuceneFields.Prominence, SortFieldType.DOUBLE, reverse: true));

    public LuceneTitleIndex()
    {
        var config = new IndexWriterConfig(CatalogAnalyzer.Version, _analyzer)
        {
            Similarity = new BM25Similarity(K1, B),
            OpenMode = OpenMode.CREATE,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new BM25SearcherFactory());
        _queries = new LuceneQueryBuilder(_analyzer);
    }

    public int Count
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>The terms the index makes of a text (stems, folded accents, no stop words), in order.</summary>
    public IReadOnlyList<string> Terms(string text) => CatalogAnalyzer.Terms(_analyzer, text);

    /// <summary>The terms of a text with where each word stands in it (start, length).</summary>
    public IReadOnlyList<(string Term, int Start, int Length)> TermsAt(string text) => CatalogAnalyzer.TermsAt(_analyzer, text);

    /// <summary>
    /// Whether more than <paramref name="share"/> of the titles hold <paramref name="term"/> (an
    /// analyzed term), counting a term held by more than one title as common in a small catalog.
    /// </summary>
    public bool IsCommon(string term, double share)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            return reader.DocFreq(new Term(LuceneFields.All, term)) > Math.Max(1, share * reader.NumDocs);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Adds or replaces titles; visible to searches when this returns.</summary>
    public void Upsert(IEnumerable<SearchDocument> documents) => Apply(documents, []);

    public void Delete(IEnumerable<long> titleIds) => Apply([], titleIds);

    /// <summary>Replaces and removes titles in one commit; visible to searches when this returns.</summary>
    public void Apply(IEnumerable<SearchDocument> upserts, IEnumerable<long> deletes)
    {
        foreach (var document in upserts)
        {
            _writer.UpdateDocument(new Term(LuceneFields.Id, LuceneDocumentMapper.Id(document.TitleId)), LuceneDocumentMapper.ToDocument(document));
        }

        var deleted = deletes.Select(id => new Term(LuceneFields.Id, LuceneDocumentMapper.Id(id))).ToArray();
        if (deleted.Length > 0)
        {
            _writer.DeleteDocuments(deleted);
        }

        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public Task<IReadOnlyList<ScoredTitle>> SearchAsync(LexicalQuery query, int limit, CancellationToken ct = default)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var (built, hasWords) = _queries.Build(query, searcher.IndexReader);
            // Without words the filters are the whole answer, and the best-known titles come first
            // (soft hints still count before that); Lucene's own tie order would be insertion order.
            var top = hasWords ? searcher.Search(built, limit) : searcher.Search(built, null, limit, ByHintThenProminence, doDocScores: true, doMaxScore: false);
            var hits = new List<ScoredTitle>(top.ScoreDocs.Length);
            foreach (var hit in top.ScoreDocs)
            {
                var id = long.Parse(searcher.Doc(hit.Doc).Get(LuceneFields.Id), System.Globalization.CultureInfo.InvariantCulture);
                hits.Add(new ScoredTitle(id, hit.Score));
            }

            return Task.FromResult<IReadOnlyList<ScoredTitle>>(hits);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity(K1, B) };
    }
}
