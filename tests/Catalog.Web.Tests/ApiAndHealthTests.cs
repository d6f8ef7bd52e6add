using System.Net;
using System.Text.Json;
using Catalog.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task Api_errors_are_problem_documents_and_site_errors_are_pages()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await using var app = new CatalogWebApp(db, configure: services => services.AddSingleton<IStartupFilter, ThrowingEndpoints>());
        var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var apiFailure = await client.GetAsync("/api/test/throw", ct);
        var apiMissing = await client.GetAsync("/api/no-such-thing", ct);
        var pageFailure = await client.GetAsync("/test/throw", ct);

        Assert.Equal(HttpStatusCode.InternalServerError, apiFailure.StatusCode);
        Assert.Equal("application/problem+json", apiFailure.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("boom", await apiFailure.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.NotFound, apiMissing.StatusCode);
        Assert.Equal("application/problem+json", apiMissing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.InternalServerError, pageFailure.StatusCode);
        Assert.Equal("text/html", pageFailure.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Endpoints that fail on purpose, for the error handling to answer.</summary>
    private sealed class ThrowingEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapGet("/api/test/throw", string () => throw new InvalidOperationException("boom"));
                endpoints.MapGet("/test/throw", string () => throw new InvalidOperationException("boom"));
            });
        };
    }
}
