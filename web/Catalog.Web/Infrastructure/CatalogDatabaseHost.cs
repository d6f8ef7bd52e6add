using Catalog.Data;
using Catalog.Data.LocalPostgres;
using Npgsql;

namespace Catalog.Web.Infrastructure;

/// <summary>
/// Opens the catalog database (configured server or private cluster, then migrations) before the
/// server takes requests, and closes it (stopping a private cluster) on shutdown.
/// </summary>
internal sealed class CatalogDatabaseHost(
    IConfiguration configuration,
    ILoggerFactory loggerFactory,
    IHostApplicationLifetime lifetime,
    ILogger<CatalogDatabaseHost> logger) : IHostedService, IAsyncDisposable
{
    public const int SetupFailedExitCode = 3;
    private CatalogDatabase? _database;

    public NpgsqlDataSource DataSource =>
        _database?.DataSource ?? throw new InvalidOperationException("The catalog database is not open yet.");

    public bool IsOpen => _database is not null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _database = await CatalogDatabase.OpenAsync(CatalogDatabaseOptions.FromConfiguration(configuration), loggerFactory, cancellationToken);
            logger.LogInformation("Catalog database: {Database}", _database.Description);
        }
        catch (LocalPostgresException ex)
        {
            // One line that says what to do, not a stack trace.
            logger.LogCritical("Cannot start: {Reason}", ex.Message);
            Environment.ExitCode = SetupFailedExitCode;
            lifetime.StopApplication();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }
    }
}
