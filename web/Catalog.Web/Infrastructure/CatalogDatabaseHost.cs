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

    /// <summary>Why the database could not be set up, when it could not.</summary>
    public string? SetupError { get; private set; }

    /// <summary>Opens the database; on failure logs one line that says what to do and returns false.</summary>
    public async Task<bool> OpenAsync(CancellationToken cancellationToken)
    {
        if (_database is not null)
        {
            return true;
        }

        try
        {
            _database = await CatalogDatabase.OpenAsync(CatalogDatabaseOptions.FromConfiguration(configuration), loggerFactory, cancellationToken);
            logger.LogInformation("Catalog database: {Database}", _database.Description);
            return true;
        }
        catch (LocalPostgresException ex)
        {
            SetupError = ex.Message;
        }
        catch (NpgsqlException ex)
        {
            SetupError = $"cannot use the catalog database: {ex.Message}";
        }

        logger.LogCritical("Cannot start: {Reason}", SetupError);
        return false;
    }

    /// <summary>Program opens the database before the host starts; hosts made by tests come through here.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await OpenAsync(cancellationToken))
        {
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
