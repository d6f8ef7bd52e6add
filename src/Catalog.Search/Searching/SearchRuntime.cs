using Catalog.Search.Lexical;
using Catalog.Search.QueryLog;
using Catalog.Search.Ranking;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;
using Catalog.Search.Vector;
using Npgsql;

namespace Catalog.Search.Searching;

/// <summary>
/// The search pieces wired over one catalog database: understanding (lexicon loaded), the Lucene
/// index (built from PostgreSQL) and, where configured, dense retrieval. The web app and the
/// tool start it the same way.
/// </summary>
public sealed class SearchRuntime : IDisposable
{
    private readonly IDisposable? _owned;

    private SearchRuntime(
        QueryUnderstanding understanding, LuceneTitleIndex lexical, ProminencePrior prominence, VectorRetrieval? vector, CatalogSearch search,
        SimilarTitles similar, IDisposable? owned)
    {
        Prominence = prominence;
        Similar = similar;
        _owned = owned;
        Understanding = understanding;
        Lexical = lexical;
        Vector = vector;
        Search = search;
    }

    public QueryUnderstanding Understanding { get; }

    public LuceneTitleIndex Lexical { get; }

    public VectorRetrieval? Vector { get; }

    /// <summary>How well-known each title is; kept in step with <see cref="Lexical"/>.</summary>
    public ProminencePrior Prominence { get; }

    public CatalogSearch Search { get; }

    public SimilarTitles Similar { get; }

    /// <param name="owned">Disposed with the runtime (the embedding model behind <paramref name="vector"/>).</param>
    public static async Task<SearchRuntime> StartAsync(
        NpgsqlDataSource dataSource, VectorRetrieval? vector, TimeProvider time, IDisposable? owned = null, QueryLogQueue? log = null, CancellationToken ct = default)
    {
        var understanding = new QueryUnderstanding(dataSource, time);
        await understanding.ReloadAsync(ct);
        var lexical = new LuceneTitleIndex();
        var prominence = new ProminencePrior();
        var documents = await new SearchDocumentLoader(dataSource).LoadAllAsync(ct);
        lexical.Upsert(documents);
        prominence.Apply(documents, []);
        var hydrator = new SearchHydrator(dataSource);
        var search = new CatalogSearch(understanding, lexical, vector, hydrator, log, time) { Prominence = prominence, Quoter = new WordMatchQuoter(lexical) };
        var similar = new SimilarTitles(new SearchDocumentLoader(dataSource), lexical, vector, hydrator);
        return new SearchRuntime(understanding, lexical, prominence, vector, search, similar, owned);
    }

    public void Dispose()
    {
        Lexical.Dispose();
        _owned?.Dispose();
    }
}
