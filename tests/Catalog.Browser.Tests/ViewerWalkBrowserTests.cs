using System.Text.RegularExpressions;
using Catalog.Data.Titles;
using Catalog.Import.Seed;
using Catalog.Search.Embeddings;
using Catalog.Search.Vector;
using Catalog.Testing;
using Microsoft.Playwright;

namespace Catalog.Browser.Tests;

/// <summary>
/// A viewer's walk through the site in headless Chromium over the seed catalog with its embeddings:
/// home → search by typing → remove a chip → a title with its AI disclosure → more like this → back,
/// then the AI filter hiding and showing the disclosed titles; at desktop and phone widths, with
/// screenshots and an accessibility audit of each page.
/// </summary>
public sealed class ViewerWalkBrowserTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("phone", 390, 844)]
    public async Task A_viewer_walks_from_home_through_search_to_a_title_and_its_neighbours(string device, int width, int height)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await SeededCatalogAsync(ct);
        await using var app = new KestrelCatalogApp(db, new Dictionary<string, string?>());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumWithMicrophone.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });

        // Home: the featured title and the AI-disclosure row.
        await page.GotoAsync(app.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("#hero-heading")).ToHaveTextAsync("El Eternauta");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Made with AI: disclosed" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserArtifacts.PathFor($"home-{device}.png"), FullPage = false });
        await PageAudit.AssertAccessibleAsync(page, $"home at {width}px");

        // Search by typing, without submitting.
        await page.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();
        await Interactive.WaitAsync(page);
        await page.Locator("#search-q").PressSequentiallyAsync("sci-fi thrillers made with AI", new() { Delay = 40 });
        var results = page.Locator(".result-grid li");
        // A pause inside the typing may search a prefix first; the address says when the whole query is shown.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q=sci-fi%20thrillers%20made%20with%20AI$"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Thriller");
        await Assertions.Expect(results).ToHaveCountAsync(2);

        // Removing the thriller chip widens the search to every sci-fi title made with AI.
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove Thriller" }).ClickAsync();
        await Assertions.Expect(page.Locator(".chips")).Not.ToContainTextAsync("Thriller");
        await Assertions.Expect(results).ToHaveCountAsync(4);
        await page.ScreenshotAsync(new() { Path = BrowserArtifacts.PathFor($"search-{device}.png"), FullPage = false });
        await PageAudit.AssertAccessibleAsync(page, $"search at {width}px");

        // The title, its disclosure, and the titles like it (from the vector index).
        await page.Locator("a.card", new() { HasText = "El Eternauta" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("El Eternauta");
        var disclosure = page.Locator(".ai-panel-disclosed");
        await Assertions.Expect(disclosure).ToContainTextAsync("The collapse of a building in Buenos Aires");
        await Assertions.Expect(disclosure).ToContainTextAsync("Netflix");
        var similar = page.Locator(".more-like-this [data-retriever=vector] a.card");
        await Assertions.Expect(similar.First).ToBeVisibleAsync();
        Assert.InRange(await similar.CountAsync(), 6, 12);
        await page.ScreenshotAsync(new() { Path = BrowserArtifacts.PathFor($"title-{device}.png"), FullPage = true });
        await PageAudit.AssertAccessibleAsync(page, $"title page at {width}px");

        var titleAddress = page.Url;
        var neighbour = (await similar.First.Locator(".card-title").InnerTextAsync()).Trim();
        await similar.First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(neighbour);
        Assert.NotEqual(titleAddress, page.Url);
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("El Eternauta");
        Assert.Equal(titleAddress, page.Url);

        // A described story: the results quote the synopsis sentences their meaning matched.
        await page.GotoAsync(new Uri(app.BaseAddress, "/search?q=deadly%20snow%20falls%20on%20a%20city%20and%20survivors%20fight%20back").ToString());
        var quote = page.Locator(".result-grid > li", new() { HasText = "El Eternauta" }).Locator(".result-passage");
        await Assertions.Expect(quote).ToContainTextAsync("A silent, lethal snowfall kills most of Buenos Aires", new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = BrowserArtifacts.PathFor($"search-plot-{device}.png"), FullPage = false });
        await PageAudit.AssertAccessibleAsync(page, $"search with quotes at {width}px");
    }

    [Fact]
    public async Task The_ai_filter_hides_and_shows_the_disclosed_titles_and_the_browser_remembers_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await SeededCatalogAsync(ct);
        await using var app = new KestrelCatalogApp(db, new Dictionary<string, string?>());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumWithMicrophone.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseAddress.ToString());
        var badges = page.Locator("main .ai-badge");
        Assert.True(await badges.CountAsync() >= 13, "every disclosed title is on the home page, in the AI row at least");

        await SetAiFilterAsync(page, "Hide titles made with generative AI");
        await Assertions.Expect(page.Locator(".filter-summary")).ToContainTextAsync("Hiding titles made with AI");
        await Assertions.Expect(badges).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Made with AI: disclosed" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = BrowserArtifacts.PathFor("home-ai-hidden-desktop.png") });

        // A new page of the same browser still hides them, in search too.
        var search = await context.NewPageAsync();
        await search.GotoAsync(new Uri(app.BaseAddress, "/search?q=sci-fi%20series").ToString());
        await Assertions.Expect(search.Locator(".result-grid li").First).ToBeVisibleAsync();
        await Assertions.Expect(search.Locator(".result-grid a.card", new() { HasText = "El Eternauta" })).ToHaveCountAsync(0);
        await Assertions.Expect(search.Locator(".result-grid .ai-badge")).ToHaveCountAsync(0);

        await SetAiFilterAsync(page, "Only titles made with generative AI");
        var cards = page.Locator("main a.card");
        Assert.True(await cards.CountAsync() > 0);
        Assert.Equal(await cards.CountAsync(), await page.Locator("main a.card .ai-badge").CountAsync());

        await SetAiFilterAsync(page, "Show all titles");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Made with AI: disclosed" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".filter-summary")).ToHaveTextAsync(": none");
    }

    [Fact]
    public async Task Arrow_keys_move_between_result_cards_and_slash_goes_to_the_search_box()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await SeededCatalogAsync(ct, embed: false);
        await using var app = new KestrelCatalogApp(db, new Dictionary<string, string?>());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumWithMicrophone.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(app.BaseAddress, "/search?q=80s%20sci-fi").ToString());
        var cards = page.Locator(".result-grid a.card");
        await Interactive.WaitAsync(page);
        await Assertions.Expect(cards.First).ToBeVisibleAsync();
        var perRow = await page.EvaluateAsync<int>("() => { const c = [...document.querySelectorAll('.result-grid a.card')]; return c.filter(x => x.getBoundingClientRect().top === c[0].getBoundingClientRect().top).length; }");

        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(cards.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(cards.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(cards.Nth(1 + perRow)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("End");
        await Assertions.Expect(cards.Last).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Home");
        await Assertions.Expect(cards.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#search-q")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");

        // Enter opens the focused card, as a link does.
        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var first = (await cards.Nth(0).Locator(".card-title").InnerTextAsync()).Trim();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(first);
    }

    private static async Task SetAiFilterAsync(IPage page, string option)
    {
        var bar = page.Locator("#viewer-filters");
        if (await bar.GetAttributeAsync("open") is null)
        {
            await bar.Locator("summary").ClickAsync();
        }

        await bar.GetByLabel("Generative AI").SelectOptionAsync(new SelectOptionValue { Label = option });
        // The form posts and the server redirects back: wait for that new document, not the old one.
        await page.EvaluateAsync("() => { window.beforeFilters = true; }");
        await bar.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.beforeFilters === undefined && document.readyState === 'complete'");
    }

    /// <summary>The repository's seed catalog (446 titles, 13 AI disclosures), embedded with the default model unless asked not to.</summary>
    private async Task<TestDatabase> SeededCatalogAsync(CancellationToken ct, bool embed = true)
    {
        var db = await postgres.CreateDatabaseAsync();
        await new SeedImporter(new TitleCatalogWriter(db.DataSource)).ImportAsync([RepositoryPaths.SeedCatalog], cancellationToken: ct);
        if (embed)
        {
            using var generator = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions());
            await new TitleEmbeddingStore(db.DataSource).ReindexAsync(generator, generator.Model.ModelId, force: false, progress: null, ct);
        }

        return db;
    }
}
