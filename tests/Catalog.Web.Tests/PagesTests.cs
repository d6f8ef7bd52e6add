using System.Net;
using Catalog.Testing;
using Catalog.Web.Components.Pages.Home;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Tests;

public sealed class PagesTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_home_page_shows_the_featured_title_and_the_configured_rows_that_have_titles()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Eternauta, TestTitles.Tron);
        await using var app = new CatalogWebApp(db);

        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/", TestContext.Current.CancellationToken));

        var eternautaId = await TestTitles.IdOfAsync(db, TestTitles.Eternauta);
        var tronId = await TestTitles.IdOfAsync(db, TestTitles.Tron);
        // The hero: the newest disclosed title, with what was made with AI.
        Assert.Contains("<h2 id=\"hero-heading\">El Eternauta</h2>", html);
        Assert.Contains("Made with AI: A building collapse in Buenos Aires (Eyeline Studios).", html);
        // Rows from appsettings.json: the AI row, a search row ("80s sci-fi" finds Tron), a kind row.
        Assert.Equal(["Made with AI: disclosed", "Eighties sci-fi", "Series to binge"], RowHeadings(html));
        Assert.Contains($"href=\"/title/{eternautaId}\"", html);
        Assert.Contains($"href=\"/title/{tronId}\"", html);
        // Only the disclosed title carries the badge: on its card in two rows and in the hero.
        Assert.Equal(3, CountOf(html, "class=\"ai-badge\""));
    }

    [Fact]
    public async Task Without_configured_rows_the_home_page_shows_the_ai_row_and_the_biggest_genres()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Eternauta, TestTitles.Tron);
        await using var app = new CatalogWebApp(db, configure: services => services.PostConfigure<HomeOptions>(o => o.Rows.Clear()));

        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/", TestContext.Current.CancellationToken));

        Assert.Equal(["Made with AI: disclosed", "Science Fiction", "Adventure", "Drama"], RowHeadings(html));
    }

    [Fact]
    public async Task A_row_configured_with_two_sources_stops_the_start_with_a_message_naming_it()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await using var app = new CatalogWebApp(db, new Dictionary<string, string?> { ["Home:Rows:0:Genre"] = "horror" });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Home:Rows:0 (\"Made with AI: disclosed\") needs exactly one of Query, Genre or AiDisclosed; it has 2.", error.Message);
    }

    private static List<string> RowHeadings(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<h2 id=\"row-\\d+-heading\">([^<]+)</h2>").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task An_empty_catalog_says_how_to_load_one()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await using var app = new CatalogWebApp(db);

        var html = await app.CreateClient().GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("The catalog is empty", html);
        Assert.Contains("catalog import seed data/seed/catalog.json", html);
    }

    [Fact]
    public async Task The_title_page_shows_the_ai_disclosure_panel_with_its_source()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Eternauta);
        await using var app = new CatalogWebApp(db);
        var id = await TestTitles.IdOfAsync(db, TestTitles.Eternauta);

        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/title/{id}", TestContext.Current.CancellationToken));

        Assert.Contains("<h1>El Eternauta</h1>", html);
        Assert.Contains("ai-panel-disclosed", html);
        Assert.Contains("Generative visual effects", html);
        Assert.Contains("A building collapse in Buenos Aires", html);
        Assert.Contains("Made by Eyeline Studios", html);
        Assert.Contains("Source: Netflix Q2 2025 earnings call", html);
        Assert.Contains("<dt>Created by</dt>", html);
        Assert.Contains("Ricardo Darín", html);
        Assert.Contains(" as Juan Salvo", html);
        Assert.Contains("<th scope=\"row\">1</th>", html);
        Assert.Contains("<td>6</td>", html);
        Assert.Contains("2025–", html);
        Assert.Contains("<span>Argentina</span>", html);
        Assert.Contains("<span>Spanish</span>", html);
    }

    [Fact]
    public async Task A_title_without_disclosures_says_none_was_reported()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Tron);
        await using var app = new CatalogWebApp(db);
        var id = await TestTitles.IdOfAsync(db, TestTitles.Tron);

        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/title/{id}", TestContext.Current.CancellationToken));

        Assert.Contains("ai-panel-none", html);
        Assert.Contains("No use of generative AI has been disclosed or publicly reported", html);
        Assert.DoesNotContain("ai-badge", html);
        Assert.Contains("1 h 36 min", html);
        Assert.Contains("<dt>Directed by</dt>", html);
        Assert.DoesNotContain("Seasons", html);
    }

    [Fact]
    public async Task The_title_page_links_genres_and_people_to_search_and_shows_more_like_this()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Tron, SampleTitles.Aliens, TestTitles.Eternauta);
        await using var app = new CatalogWebApp(db);
        var id = await TestTitles.IdOfAsync(db, TestTitles.Tron);

        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/title/{id}", TestContext.Current.CancellationToken));
        var similar = html[html.IndexOf("more-like-this-heading", StringComparison.Ordinal)..];

        Assert.Contains("<a class=\"chip\" href=\"/search?q=Science%20Fiction\"", html);
        Assert.Contains("<a href=\"/search?q=Jeff%20Bridges\" aria-label=\"Search titles with Jeff Bridges\">Jeff Bridges</a>", html);
        Assert.Contains("<a href=\"/search?q=Steven%20Lisberger\"", html);
        // No embeddings here, so the row comes from the title's words; the other sci-fi titles, never Tron itself.
        Assert.Contains("data-retriever=\"lexical\"", similar);
        Assert.Contains(">Aliens</span>", similar);
        Assert.DoesNotContain(">Tron</span>", similar);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_offers_popular_searches_genres_and_the_chips_to_drop()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Tron, SampleTitles.Aliens);
        await db.ExecuteAsync(
            "INSERT INTO query_log (at, source, mode, raw_text, filters, result_count, timings_ms) VALUES (now(), 'text', 'full', 'cameron films', '{}', 2, '{}')");
        await using var app = new CatalogWebApp(db);

        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/search?q=westerns%20from%201950", TestContext.Current.CancellationToken));

        Assert.Contains("No titles found for “westerns from 1950”", html);
        Assert.Contains("Search again without “Western”", html);
        Assert.Contains("<a class=\"chip\" href=\"/search?q=cameron%20films\">cameron films</a>", html);
        Assert.Contains("<a class=\"chip\" href=\"/search?q=Science%20Fiction\">Science Fiction</a>", html);
    }

    [Fact]
    public async Task An_unknown_title_is_a_404_page()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await using var app = new CatalogWebApp(db);

        var response = await app.CreateClient().GetAsync("/title/987654321", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no such page or title", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
