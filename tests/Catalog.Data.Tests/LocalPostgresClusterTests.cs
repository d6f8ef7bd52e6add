using Catalog.Data.LocalPostgres;
using Catalog.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Catalog.Data.Tests;

public sealed class LocalPostgresClusterTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"catalog-cluster-test-{Guid.NewGuid():N}");

    [Fact]
    public async Task With_no_connection_string_a_private_cluster_is_started_migrated_and_stopped()
    {
        var options = new CatalogDatabaseOptions { LocalPostgres = { DataDirectory = _folder } };
        string connectionString;
        await using (var database = await CatalogDatabase.OpenAsync(options, NullLoggerFactory.Instance))
        {
            connectionString = database.DataSource.ConnectionString;
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            Assert.Equal("127.0.0.1", builder.Host);
            Assert.Equal("catalog", builder.Database);
            Assert.Contains(_folder, database.Description);
            await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM schema_migration");
            Assert.True((long)(await command.ExecuteScalarAsync())! >= 2);
            Assert.True(File.Exists(Path.Combine(_folder, "PG_VERSION")));
        }

        // Stopped on dispose: nothing listens on that port any more.
        await using var afterStop = new NpgsqlConnection(connectionString);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => afterStop.OpenAsync());
    }

    [Fact]
    public async Task The_private_cluster_keeps_its_data_between_starts()
    {
        var options = new CatalogDatabaseOptions { LocalPostgres = { DataDirectory = _folder } };
        await using (var first = await CatalogDatabase.OpenAsync(options, NullLoggerFactory.Instance))
        {
            await using var insert = first.DataSource.CreateCommand(
                "INSERT INTO title (kind, title, source, source_id, content_hash) VALUES ('movie', 'Kept', 'test', 'kept', '\\x00')");
            await insert.ExecuteNonQueryAsync();
        }

        await using var second = await CatalogDatabase.OpenAsync(options, NullLoggerFactory.Instance);
        await using var select = second.DataSource.CreateCommand("SELECT title FROM title WHERE source_id = 'kept'");
        Assert.Equal("Kept", await select.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_second_process_joins_a_running_cluster_and_leaves_it_running()
    {
        var options = new LocalPostgresOptions { DataDirectory = _folder };
        await using var owner = await LocalPostgresCluster.StartAsync(options, NullLogger.Instance);
        await using (var joiner = await LocalPostgresCluster.StartAsync(options, NullLogger.Instance))
        {
            Assert.Equal(owner.Port, joiner.Port);
        }

        await using var connection = new NpgsqlConnection(owner.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }

    [Fact]
    public async Task A_configured_connection_string_is_used_and_no_cluster_is_made()
    {
        await using var db = await postgres.CreateDatabaseAsync(migrated: false);
        var options = new CatalogDatabaseOptions { ConnectionString = db.ConnectionString, LocalPostgres = { DataDirectory = _folder } };

        await using var database = await CatalogDatabase.OpenAsync(options, NullLoggerFactory.Instance);

        Assert.False(Directory.Exists(_folder));
        Assert.Equal("PostgreSQL at 127.0.0.1", database.Description);
        Assert.True(await db.ScalarAsync<long>("SELECT count(*) FROM schema_migration") >= 2);
    }

    [Fact]
    public async Task Missing_postgresql_binaries_give_one_line_saying_how_to_install_them()
    {
        var options = new CatalogDatabaseOptions { LocalPostgres = { DataDirectory = _folder, BinDirectory = "/nonexistent/postgresql/bin" } };

        var error = await Assert.ThrowsAsync<LocalPostgresException>(() => CatalogDatabase.OpenAsync(options, NullLoggerFactory.Instance));

        Assert.Contains("apt-get install -y postgresql", error.Message);
        Assert.Contains("ConnectionStrings__Catalog", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public async Task A_folder_that_holds_something_else_is_not_touched()
    {
        Directory.CreateDirectory(_folder);
        var precious = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(precious, "mine");

        var error = await Assert.ThrowsAsync<LocalPostgresException>(
            () => LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = _folder }, NullLogger.Instance));

        Assert.Contains("not empty", error.Message);
        Assert.Equal("mine", await File.ReadAllTextAsync(precious));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        File.Delete(_folder + ".password");
    }
}
