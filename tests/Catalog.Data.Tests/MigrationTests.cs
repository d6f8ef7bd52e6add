using Catalog.Data.Migrations;
using Catalog.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Catalog.Data.Tests;

public sealed class MigrationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrations_build_the_catalog_schema_on_an_empty_database()
    {
        await using var db = await postgres.CreateDatabaseAsync(migrated: false);
        var migrations = Migration.LoadEmbedded();

        var applied = await new MigrationRunner(db.DataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(migrations);

        Assert.Equal(migrations.Count, applied);
        var tables = await db.ColumnAsync<string>(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
        Assert.Equal(
            ["ai_disclosure", "credit", "genre", "genre_narrower", "genre_synonym", "person", "query_log", "schema_migration", "search_outbox", "season", "title", "title_embedding", "title_genre"],
            tables);
        Assert.Equal(
            migrations.Select(m => m.Version),
            await db.ColumnAsync<int>("SELECT version FROM schema_migration ORDER BY version"));
    }

    [Fact]
    public async Task Migrations_are_numbered_from_one_without_gaps()
    {
        var versions = Migration.LoadEmbedded().Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }

    [Fact]
    public async Task Running_the_migrations_again_applies_nothing()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var runner = new MigrationRunner(db.DataSource, NullLogger<MigrationRunner>.Instance);

        Assert.Equal(0, await runner.ApplyAsync(Migration.LoadEmbedded()));
        Assert.Equal(Migration.LoadEmbedded().Count, await db.ScalarAsync<long>("SELECT count(*) FROM schema_migration"));
    }

    [Fact]
    public async Task An_applied_migration_that_was_edited_is_refused()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var edited = Migration.LoadEmbedded().Select((m, i) => i == 0 ? m with { Sql = m.Sql + "\n-- edited" } : m).ToList();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new MigrationRunner(db.DataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(edited));
        Assert.Contains("0001_catalog was changed after it was applied", error.Message);
    }

    [Fact]
    public async Task A_failing_migration_leaves_no_trace()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var broken = Migration.LoadEmbedded().Append(new Migration(999, "broken", "CREATE TABLE half_done (id int); SELECT 1/0;")).ToList();

        await Assert.ThrowsAsync<PostgresException>(
            () => new MigrationRunner(db.DataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(broken));

        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_done'"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM schema_migration WHERE version = 999"));
    }

    [Fact]
    public async Task Concurrent_starts_migrate_once()
    {
        await using var db = await postgres.CreateDatabaseAsync(migrated: false);
        var migrations = Migration.LoadEmbedded();

        var counts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            new MigrationRunner(db.DataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(migrations)));

        Assert.Equal(migrations.Count, counts.Sum());
        Assert.Equal(migrations.Count, await db.ScalarAsync<long>("SELECT count(*) FROM schema_migration"));
    }
}
