using Catalog.Search.Searching;
using Catalog.Web.Infrastructure;

namespace Catalog.Web.Search;

/// <summary>
/// Keeps search current: applies the search outbox every quarter second, and reloads the
/// understanding lexicon (new people, titles, synonyms) a few seconds after changes settle.
/// </summary>
internal sealed class SearchIndexerService(CatalogDatabaseHost database, SearchHost search, ILogger<SearchIndexerService> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LexiconDelay = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.IsOpen || !search.IsStarted)
        {
            return;
        }

        var indexer = new SearchIndexer(database.DataSource, search.Runtime);
        DateTimeOffset? lexiconStale = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await indexer.ProcessBatchAsync(stoppingToken) > 0)
                {
                    lexiconStale ??= DateTimeOffset.UtcNow;
                    continue;
                }

                if (lexiconStale is { } since && DateTimeOffset.UtcNow - since > LexiconDelay)
                {
                    await search.Runtime.Understanding.ReloadAsync(stoppingToken);
                    lexiconStale = null;
                }
            }
            catch (Npgsql.NpgsqlException ex)
            {
                logger.LogWarning(ex, "Search indexing failed; it will retry");
            }

            await Task.Delay(Idle, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }
}
