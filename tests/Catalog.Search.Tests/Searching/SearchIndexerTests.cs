using Catalog.Data.Titles;
using Catalog.Search.Lexical;
using Catalog.Search.Retrieval;
using Catalog.Search.Searching;
using Catalog.Testing;

namespace Catalog.Search.Tests.Searching;

public sealed class SearchIndexerTests(PostgresFixture postgres)
{
    private static async Task<List<long>> FindAsync(SearchRuntime runtime, string text) =>
        (await runtime.Lexical.SearchAsync(new LexicalQuery(text, SearchFilter.None), 10)).Select(h => h.TitleId).ToList();

    [Fact]
    public async Task New_changed_and_deleted_titles_reach_the_running_index_through_the_outbox()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var writer = new TitleCatalogWriter(db.DataSource);
        await writer.WriteAsync([SampleTitles.Aliens]);
        using var runtime = await SearchRuntime.StartAsync(db.DataSource, vector: null, TimeProvider.System);
        var indexer = new SearchIndexer(db.DataSource, runtime);
        await indexer.ProcessBatchAsync();

        await writer.WriteAsync([SampleTitles.Tron]);
        Assert.Empty(await FindAsync(runtime, "programmer computer"));
        Assert.Equal(1, await indexer.ProcessBatchAsync());
        var tron = await db.ScalarAsync<long>("SELECT id FROM title WHERE source_id = 'tron'");
        Assert.Equal([tron], await FindAsync(runtime, "programmer computer"));

        var prominenceBefore = runtime.Prominence.Of(tron);
        await writer.WriteAsync([SampleTitles.Tron with { Synopsis = "A hacker is digitized into a mainframe where he must win deadly games to escape." }]);
        await indexer.ProcessBatchAsync();
        Assert.Empty(await FindAsync(runtime, "programmer"));
        Assert.Equal([tron], await FindAsync(runtime, "mainframe"));
        // 15 synopsis words instead of 7: the prior follows the edit.
        Assert.Equal(prominenceBefore + 0.5 * 8 / 110.0, runtime.Prominence.Of(tron), 6);

        await db.ScalarAsync<object>("DELETE FROM title WHERE id = $1 RETURNING id", tron);
        await indexer.ProcessBatchAsync();
        Assert.Empty(await FindAsync(runtime, "mainframe"));
        Assert.Equal(0.0, runtime.Prominence.Of(tron));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM search_outbox"));
        Assert.Equal(0, await indexer.ProcessBatchAsync());
    }
}
