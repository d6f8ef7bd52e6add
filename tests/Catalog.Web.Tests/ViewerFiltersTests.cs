using System.Net;
using System.Text.RegularExpressions;
using Catalog.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Catalog.Web.Tests;

/// <summary>The viewer's own filters: stored by the filter form in a cookie, applied on the home page, search and the API.</summary>
public sealed partial class ViewerFiltersTests(PostgresFixture postgres)
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    /// <summary>Posts the filter form the way a browser does: with the page's antiforgery token and cookie.</summary>
    private static async Task<HttpResponseMessage> PostFiltersAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var token = TokenPattern().Match(page).Groups[1].Value;
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync("/viewer/filters", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task Hiding_ai_titles_is_remembered_by_the_browser_and_hides_them_everywhere()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Eternauta, TestTitles.Tron, SampleTitles.Aliens);
        await using var app = new CatalogWebApp(db);
        var client = app.CreateClient(NoRedirects);
        var ct = TestContext.Current.CancellationToken;

        var saved = await PostFiltersAsync(client, new() { ["ai"] = "hide", ["returnUrl"] = "/search?q=sci-fi" });
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/", ct));
        var search = WebUtility.HtmlDecode(await client.GetStringAsync("/search?q=sci-fi", ct));
        var api = await client.GetStringAsync("/api/search?q=sci-fi", ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/search?q=sci-fi", saved.Headers.Location!.OriginalString);
        Assert.Contains(saved.Headers.GetValues("Set-Cookie"), c => c.StartsWith("catalog-filters=ai%3Dhide;", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("El Eternauta", home);
        Assert.DoesNotContain("Made with AI: disclosed", home);
        Assert.Contains("Your filters</span>", home);
        Assert.Contains(": Hiding titles made with AI", home);
        Assert.Contains("<option value=\"hide\" selected", home);
        Assert.Contains(">Tron</span>", search);
        Assert.Contains(">Aliens</span>", search);
        Assert.DoesNotContain("El Eternauta", search);
        Assert.DoesNotContain("El Eternauta", api);

        // Only AI titles, then clearing: the disclosed title comes back with everything else.
        await PostFiltersAsync(client, new() { ["ai"] = "only", ["returnUrl"] = "/" });
        var only = WebUtility.HtmlDecode(await client.GetStringAsync("/search?q=sci-fi", ct));
        var cleared = await PostFiltersAsync(client, new() { ["clear"] = "true", ["ai"] = "only", ["returnUrl"] = "/" });
        var all = WebUtility.HtmlDecode(await client.GetStringAsync("/search?q=sci-fi", ct));

        Assert.Contains("El Eternauta", only);
        Assert.DoesNotContain(">Tron</span>", only);
        Assert.Contains(cleared.Headers.GetValues("Set-Cookie"), c => c.StartsWith("catalog-filters=;", StringComparison.Ordinal));
        Assert.Contains("El Eternauta", all);
        Assert.Contains(">Tron</span>", all);
    }

    [Fact]
    public async Task A_decade_genre_and_kind_filter_narrow_the_home_rows_and_search()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Eternauta, TestTitles.Tron, SampleTitles.Aliens);
        await using var app = new CatalogWebApp(db);
        var client = app.CreateClient(NoRedirects);
        var ct = TestContext.Current.CancellationToken;

        await PostFiltersAsync(client, new() { ["decade"] = "1980", ["genre"] = "action", ["kind"] = "movie", ["returnUrl"] = "/" });
        var search = WebUtility.HtmlDecode(await client.GetStringAsync("/search?q=sci-fi", ct));

        Assert.Contains(">Aliens</span>", search);
        Assert.DoesNotContain(">Tron</span>", search);
        Assert.DoesNotContain("El Eternauta", search);
        Assert.Contains(": 1980s · Action · Movies only", search);
    }

    [Theory]
    [InlineData("decade", "1985", "'decade' is a year ending in 0")]
    [InlineData("kind", "podcast", "'kind' is movie or series")]
    [InlineData("ai", "maybe", "'ai' is any, hide or only")]
    [InlineData("genre", "Sci Fi!", "'genre' is a genre's slug")]
    public async Task A_value_no_form_offers_is_refused_and_nothing_is_stored(string field, string value, string message)
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await using var app = new CatalogWebApp(db);
        var client = app.CreateClient(NoRedirects);

        var response = await PostFiltersAsync(client, new() { [field] = value, ["returnUrl"] = "/" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("catalog-filters", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://elsewhere.example/", "/")]
    [InlineData("//elsewhere.example/", "/")]
    [InlineData("/\\elsewhere.example/", "/")]
    [InlineData("/title/5", "/title/5")]
    public async Task The_form_only_returns_to_a_page_of_this_site(string returnUrl, string expected)
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await using var app = new CatalogWebApp(db);

        var response = await PostFiltersAsync(app.CreateClient(NoRedirects), new() { ["ai"] = "hide", ["returnUrl"] = returnUrl });

        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_form_without_its_antiforgery_token_is_refused()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await using var app = new CatalogWebApp(db);

        var response = await app.CreateClient(NoRedirects).PostAsync(
            "/viewer/filters", new FormUrlEncodedContent(new Dictionary<string, string> { ["ai"] = "hide" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("catalog-filters", StringComparison.Ordinal)));
    }
}
