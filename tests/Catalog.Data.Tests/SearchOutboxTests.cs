using Catalog.Data.Titles;
using Catalog.Testing;
using Npgsql;

namespace Catalog.Data.Tests;

public sealed class SearchOutboxTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Every_written_title_is_enqueued_in_the_same_transaction()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync([SampleTitles.Aliens, SampleTitles.Eternauta]);

        var queued = await db.ColumnAsync<long>("SELECT DISTINCT title_id FROM search_outbox ORDER BY 1");
        Assert.Equal(await db.ColumnAsync<long>("SELECT id FROM title ORDER BY 1"), queued);
    }

    [Fact]
    public async Task Changes_to_credits_alone_enqueue_the_title_and_unchanged_rewrites_enqueue_nothing()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var writer = new TitleCatalogWriter(db.DataSource);
        await writer.WriteAsync([SampleTitles.Aliens]);
        await db.ScalarAsync<object>("DELETE FROM search_outbox RETURNING 1");

        await writer.WriteAsync([SampleTitles.Aliens]);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM search_outbox"));

        var id = await db.ScalarAsync<long>("SELECT id FROM title");
        await db.ScalarAsync<object>("DELETE FROM credit WHERE title_id = $1 AND position = 2 RETURNING 1", id);
        Assert.Equal([id], await db.ColumnAsync<long>("SELECT title_id FROM search_outbox"));
    }

    [Fact]
    public async Task A_rolled_back_write_leaves_nothing_in_the_outbox()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var impossible = SampleTitles.Aliens with { SourceId = "bad", EndYear = 1990 };

        await Assert.ThrowsAsync<PostgresException>(() => new TitleCatalogWriter(db.DataSource).WriteAsync([SampleTitles.Tron, impossible]));

        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM search_outbox"));
    }
}
