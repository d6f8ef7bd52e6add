using System.Net;
using Catalog.Testing;

namespace Catalog.Web.Tests;

public sealed class PagesTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_home_page_shows_the_ai_row_and_genre_rows_from_the_database()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Eternauta, TestTitles.Tron);
        await using var app = new CatalogWebApp(db);

        var html = await app.CreateClient().GetStringAsync("/", TestContext.Current.CancellationToken);

        var eternautaId = await TestTitles.IdOfAsync(db, TestTitles.Eternauta);
        Assert.Contains("Made with AI: disclosed", html);
        Assert.Contains($"href=\"/title/{eternautaId}\"", html);
        Assert.Contains("<h2 id=\"row-science-fiction\">Science Fiction</h2>", html);
        Assert.Contains("<h2 id=\"row-adventure\">Adventure</h2>", html);
        Assert.Contains(">Tron</span>", html);
        // Only the disclosed title carries the badge.
        Assert.Equal(CountOf(html, "ai-badge"), CountOf(html, "El Eternauta</span>\n    <span class=\"card-meta\">"));
    }

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
