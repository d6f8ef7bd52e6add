using Catalog.Data.LocalPostgres;
using Catalog.Data.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace Catalog.Testing;

/// <summary>
/// One throw-away PostgreSQL cluster per test run (per test assembly), started the same way the
/// app starts its private cluster. A migrated template database is made once; every test gets
/// its own copy of it, so tests never see each other's data.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string TemplateDatabase = "catalog_template";
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private LocalPostgresCluster? _cluster;
    private int _databaseCount;

    public LocalPostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public async ValueTask InitializeAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"catalog-tests-{Guid.NewGuid():N}");
        _cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { DataDirectory = folder, Ephemeral = true, Database = TemplateDatabase },
            NullLogger.Instance);
        await using (var dataSource = NpgsqlDataSource.Create(_cluster.ConnectionString))
        {
            await new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(Migration.LoadEmbedded());
        }

        // CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A fresh database of this test's own: migrated, or empty to test migrations.</summary>
    public async Task<TestDatabase> CreateDatabaseAsync(bool migrated = true)
    {
        var name = $"test_{Interlocked.Increment(ref _databaseCount)}_{Guid.NewGuid():N}";
        await _createLock.WaitAsync();
        try
        {
            await using var admin = new NpgsqlConnection(ConnectionStringFor("postgres"));
            await admin.OpenAsync();
            var template = migrated ? TemplateDatabase : "template0";
            // Identifiers cannot be parameters; both names are generated here, never user input.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        finally
        {
            _createLock.Release();
        }

        return new TestDatabase(this, name, ConnectionStringFor(name));
    }

    internal async Task DropDatabaseAsync(string name)
    {
        await using var admin = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(Cluster.ConnectionString) { Database = database }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _createLock.Dispose();
    }
}
