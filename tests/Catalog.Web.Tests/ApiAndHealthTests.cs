using System.Net;
using System.Text.Json;
using Catalog.Testing;

namespace Catalog.Web.Tests;

public sealed class ApiAndHealthTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Live_and_ready_are_healthy_when_the_database_answers()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await using var app = new CatalogWebApp(db);
        var client = app.CreateClient();

        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ready_fails_and_live_stays_up_when_the_database_goes_away()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var app = new CatalogWebApp(db);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);

        await db.DisposeAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_title_api_returns_the_title_with_codes_as_text()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Eternauta);
        await using var app = new CatalogWebApp(db);
        var id = await TestTitles.IdOfAsync(db, TestTitles.Eternauta);

        var json = await app.CreateClient().GetStringAsync($"/api/titles/{id}", TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("El Eternauta", root.GetProperty("title").GetString());
        Assert.Equal("series", root.GetProperty("kind").GetString());
        Assert.Equal("generative_vfx", root.GetProperty("aiDisclosures")[0].GetProperty("kind").GetString());
        Assert.Equal("creator", root.GetProperty("credits")[0].GetProperty("role").GetString());
        Assert.Equal(6, root.GetProperty("seasons")[0].GetProperty("episodeCount").GetInt32());
    }

    [Fact]
    public async Task The_title_api_answers_404_for_an_unknown_id()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await using var app = new CatalogWebApp(db);

        var response = await app.CreateClient().GetAsync("/api/titles/424242", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
