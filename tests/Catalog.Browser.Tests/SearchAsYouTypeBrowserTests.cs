using Catalog.Data.Titles;
using Catalog.Testing;
using Microsoft.Playwright;

namespace Catalog.Browser.Tests;

/// <summary>The interactive search page in a real browser, without a speech model.</summary>
public sealed class SearchAsYouTypeBrowserTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Typing_shows_results_without_submitting_and_the_address_follows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync([SampleTitles.Aliens, SampleTitles.Tron, SampleTitles.Eternauta], ct);
        await using var app = new KestrelCatalogApp(db, new Dictionary<string, string?>());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumWithMicrophone.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });

        await page.GotoAsync(new Uri(app.BaseAddress, "/search").ToString());
        var mic = page.GetByRole(AriaRole.Button, new() { Name = "Search by voice" });
        await Assertions.Expect(mic).ToBeDisabledAsync();
        await Assertions.Expect(mic).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("catalog models pull"));

        await Interactive.WaitAsync(page);
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search titles, people, genres or describe a plot" }).PressSequentiallyAsync("80s sci-fi", new() { Delay = 60 });

        // On a loaded machine a pause inside the typing may search "80s" first (also two results):
        // wait for the address of the whole query rather than for the first matching grid.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=80s%20sci-fi$"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Science Fiction");
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("1980s");
        await Assertions.Expect(page.Locator(".result-grid li")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = BrowserArtifacts.PathFor("search-as-you-type-phone.png"), FullPage = true });

        // Searches wait for a pause in typing: ten keystrokes make one search, a few at most on a slow machine.
        List<string> logged = [];
        for (var attempt = 0; attempt < 50 && !logged.Contains("80s sci-fi"); attempt++)
        {
            await Task.Delay(100, ct);
            logged = await db.ColumnAsync<string>("SELECT raw_text FROM query_log WHERE source = 'text' ORDER BY id");
        }

        Assert.Equal("80s sci-fi", logged[^1]);
        Assert.InRange(logged.Count, 1, 3);

        // Removing a chip re-runs the search that is shown (the typed one, not the page's first address) without it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove 1980s" }).ClickAsync();
        await Assertions.Expect(page.Locator(".result-grid li")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".chips")).Not.ToContainTextAsync("1980s");
        var address = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal("80s sci-fi", address["q"]);
        Assert.Equal("years", address["without"]);
    }
}
