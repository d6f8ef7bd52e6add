using Catalog.Search.Lexical;
using Catalog.Search.QueryLog;
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

    private SearchRuntime(QueryUnderstanding understanding, LuceneTitleIndex lexical, VectorRetrieval? vector, CatalogSearch search, IDisposable? owned)
    {
        _owned = owned;
        Understanding = understanding;
        Lexical = lexical;
        Vector = vector;
        Search = search;
    }

    public QueryUnderstanding Understanding { get; }

    public LuceneTitleIndex Lexical { get; }

    public VectorRetrieval? Vector { get; }

    public CatalogSearch Search { get; }

    /// <param name="owned">Disposed with the runtime (the embedding model behind <paramref name="vector"/>).</param>
    public static async Task<SearchRuntime> StartAsync(
        NpgsqlDataSource dataSource, VectorRetrieval? vector, TimeProvider time, IDisposable? owned = null, QueryLogQueue? log = null, CancellationToken ct = default)
    {
        var understanding = new QueryUnderstanding(dataSource, time);
        await understanding.ReloadAsync(ct);
        var lexical = new LuceneTitleIndex();
        lexical.Upsert(await new SearchDocumentLoader(dataSource).LoadAllAsync(ct));
        var search = new CatalogSearch(understanding, lexical, vector, new SearchHydrator(dataSource), log, time);
        return new SearchRuntime(understanding, lexical, vector, search, owned);
    }

    public void Dispose()
    {
        Lexical.Dispose();
        _owned?.Dispose();
    }
}
