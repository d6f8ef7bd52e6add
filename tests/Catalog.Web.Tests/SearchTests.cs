using System.Net;
using System.Text.Json;
using Catalog.Testing;

namespace Catalog.Web.Tests;

public sealed class SearchTests(PostgresFixture postgres)
{
    private async Task<(TestDatabase Db, CatalogWebApp App)> StartAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Eternauta, TestTitles.Tron, SampleTitles.Aliens);
        return (db, new CatalogWebApp(db));
    }

    private static async Task<JsonElement> GetJsonAsync(CatalogWebApp app, string url)
    {
        var json = await app.CreateClient().GetStringAsync(url, TestContext.Current.CancellationToken);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    [Fact]
    public async Task The_search_api_returns_results_the_understood_intent_chips_and_timings()
    {
        var (db, app) = await StartAsync();
        await using var _ = db;
        await using var __ = app;

        var root = await GetJsonAsync(app, "/api/search?q=find+me+an+80s+sci-fi+movie");

        Assert.Equal(["Aliens", "Tron"], root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()).Order());
        Assert.Equal(1980, root.GetProperty("intent").GetProperty("years").GetProperty("from").GetInt32());
        Assert.Equal(["1980s", "Science Fiction", "Movies"], root.GetProperty("chips").EnumerateArray().Select(c => c.GetProperty("label").GetString()));
        Assert.True(root.GetProperty("timingsMs").GetProperty("total").GetDouble() > 0);
    }

    [Fact]
    public async Task Removing_a_chip_runs_the_search_without_that_filter()
    {
        var (db, app) = await StartAsync();
        await using var _ = db;
        await using var __ = app;

        var root = await GetJsonAsync(app, "/api/search?q=80s+sci-fi&without=years");

        Assert.Equal(["Aliens", "El Eternauta", "Tron"], root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()).Order());
        Assert.DoesNotContain("1980s", root.GetProperty("chips").EnumerateArray().Select(c => c.GetProperty("label").GetString()));
    }

    [Theory]
    [InlineData("/api/search", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=%20", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=tron&mode=telepathy", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=tron&mode=vector", HttpStatusCode.BadRequest)]
    public async Task Bad_search_requests_get_a_clear_400(string url, HttpStatusCode status)
    {
        var (db, app) = await StartAsync();
        await using var _ = db;
        await using var __ = app;

        var response = await app.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains("detail", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Every_search_reaches_the_query_log_with_its_intent_results_and_timings()
    {
        var (db, app) = await StartAsync();
        await using var _ = db;
        await using var __ = app;

        await GetJsonAsync(app, "/api/search?q=shows+made+with+AI");
        await GetJsonAsync(app, "/api/search?q=westerns+from+1950");

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await db.ScalarAsync<long>("SELECT count(*) FROM query_log") < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var eternauta = await TestTitles.IdOfAsync(db, TestTitles.Eternauta);
        Assert.Equal(1, await db.ScalarAsync<int>("SELECT result_count FROM query_log WHERE raw_text = 'shows made with AI'"));
        Assert.Equal([eternauta], await db.ScalarAsync<long[]>("SELECT first_results FROM query_log WHERE raw_text = 'shows made with AI'"));
        Assert.Equal("only_with_ai", await db.ScalarAsync<string>("SELECT intent->>'aiUse' FROM query_log WHERE raw_text = 'shows made with AI'"));
        Assert.Equal("text", await db.ScalarAsync<string>("SELECT source FROM query_log WHERE raw_text = 'shows made with AI'"));
        Assert.True(await db.ScalarAsync<bool>("SELECT (timings_ms ? 'total') FROM query_log WHERE raw_text = 'shows made with AI'"));
        Assert.Equal(0, await db.ScalarAsync<int>("SELECT result_count FROM query_log WHERE raw_text = 'westerns from 1950'"));
    }

    [Fact]
    public async Task The_search_page_shows_chips_results_and_keeps_the_query_in_the_url()
    {
        var (db, app) = await StartAsync();
        await using var _ = db;
        await using var __ = app;

        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/search?q=80s+sci-fi", TestContext.Current.CancellationToken));

        Assert.Contains("value=\"80s sci-fi\"", html);
        Assert.Contains("<span>1980s</span>", html);
        Assert.Contains("aria-label=\"Remove 1980s\"", html);
        Assert.Contains("without=years", html);
        Assert.Contains(">Aliens</span>", html);
        Assert.DoesNotContain(">El Eternauta</span>", html);
    }

    [Fact]
    public async Task A_search_without_results_says_so_and_suggests_what_to_try()
    {
        var (db, app) = await StartAsync();
        await using var _ = db;
        await using var __ = app;

        var html = await app.CreateClient().GetStringAsync("/search?q=zzyzx+qqq", TestContext.Current.CancellationToken);

        Assert.Contains("No titles found", html);
    }

    [Fact]
    public async Task A_title_edit_becomes_searchable_without_a_restart()
    {
        var (db, app) = await StartAsync();
        await using var _ = db;
        await using var __ = app;
        await GetJsonAsync(app, "/api/search?q=tron");

        await TestTitles.WriteAsync(db, TestTitles.Tron with { Synopsis = "A hacker is digitized into a mainframe arcade." });

        var deadline = DateTime.UtcNow.AddSeconds(10);
        var titles = new List<string?>();
        while (DateTime.UtcNow < deadline)
        {
            var root = await GetJsonAsync(app, "/api/search?q=digitized+mainframe+arcade");
            titles = root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()).ToList();
            if (titles.Count > 0)
            {
                break;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(["Tron"], titles);
    }
}
