using Catalog.Search.QueryLog;
using Catalog.Web.Infrastructure;

namespace Catalog.Web.Search;

/// <summary>Runs the query-log writer in the background; on shutdown it writes what is still queued.</summary>
internal sealed class QueryLogService(CatalogDatabaseHost database, QueryLogQueue queue, ILogger<QueryLogService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.IsOpen)
        {
            return;
        }

        var writer = new QueryLogWriter(database.DataSource, queue);
        try
        {
            await writer.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Complete();
            await writer.RunAsync(CancellationToken.None);
        }
        catch (Npgsql.NpgsqlException ex)
        {
            logger.LogError(ex, "The query log could not be written; searches go on unlogged");
        }
    }
}
