using Catalog.Data.LocalPostgres;
using Catalog.Data.Migrations;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Catalog.Data;

/// <summary>
/// The catalog database, opened and migrated: the configured server, or a private cluster this
/// object started and stops again when disposed. The web app and the tool open it the same way.
/// </summary>
public sealed class CatalogDatabase : IAsyncDisposable
{
    private readonly LocalPostgresCluster? _cluster;

    private CatalogDatabase(NpgsqlDataSource dataSource, LocalPostgresCluster? cluster)
    {
        DataSource = dataSource;
        _cluster = cluster;
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Where the data is, for log lines: the private cluster's folder or the server's host.</summary>
    public string Description => _cluster is not null
        ? $"private PostgreSQL cluster in {_cluster.DataDirectory} (port {_cluster.Port})"
        : $"PostgreSQL at {new NpgsqlConnectionStringBuilder(DataSource.ConnectionString).Host}";

    public static async Task<CatalogDatabase> OpenAsync(
        CatalogDatabaseOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken = default)
    {
        LocalPostgresCluster? cluster = null;
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            cluster = await LocalPostgresCluster.StartAsync(
                options.LocalPostgres, loggerFactory.CreateLogger<LocalPostgresCluster>(), cancellationToken);
            connectionString = cluster.ConnectionString;
        }

        var dataSource = new NpgsqlDataSourceBuilder(connectionString).UseLoggerFactory(loggerFactory).Build();
        try
        {
            var runner = new MigrationRunner(dataSource, loggerFactory.CreateLogger<MigrationRunner>());
            await runner.ApplyAsync(Migration.LoadEmbedded(), cancellationToken);
            return new CatalogDatabase(dataSource, cluster);
        }
        catch
        {
            await dataSource.DisposeAsync();
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
