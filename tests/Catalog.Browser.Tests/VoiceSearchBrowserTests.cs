using Catalog.Data.Titles;
using Catalog.Search.Embeddings;
using Catalog.Search.Vector;
using Catalog.Testing;
using Microsoft.Playwright;

namespace Catalog.Browser.Tests;

/// <summary>
/// The whole voice path in a real browser: Chromium's fake microphone plays an espeak-ng query,
/// the page's AudioWorklet records it and stops on silence, the WAV crosses the circuit, the real
/// Whisper.net runtime transcribes it with a small random-weight model (so the words are
/// nonsense), and the search, its rendering and the query log follow.
/// </summary>
public sealed class VoiceSearchBrowserTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Speaking_into_the_microphone_renders_a_transcript_and_results_and_logs_a_voice_query()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await using var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync([SampleTitles.Aliens, SampleTitles.Tron, SampleTitles.Eternauta], ct);
        using (var generator = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions()))
        {
            await new TitleEmbeddingStore(db.DataSource).ReindexAsync(generator, generator.Model.ModelId, force: false, progress: null, ct);
        }

        var (app, audio) = await VoiceSearchSetup.StartAsync(db, folder, ct);
        await using var _ = app;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumWithMicrophone.LaunchAsync(playwright, audio);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.GotoAsync(new Uri(app.BaseAddress, "/search").ToString());
        var mic = page.GetByRole(AriaRole.Button, new() { Name = "Search by voice" });
        await Assertions.Expect(mic).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await mic.ClickAsync();

        var transcript = page.GetByTestId("transcript");
        await Assertions.Expect(transcript).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator(".result-grid li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserArtifacts.PathFor("voice-search-desktop.png"), FullPage = true });

        var shown = (await transcript.InnerTextAsync()).Trim();
        Assert.StartsWith("You said: “", shown, StringComparison.Ordinal);
        var heard = shown["You said: “".Length..^1];
        Assert.Equal(heard, System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"]);

        // The recording reached the server: the voice entry in the log holds what Whisper heard.
        var logged = Assert.Single(await QueryLogRows.WaitForAsync(db, "voice", 1, ct));
        Assert.Equal(heard, logged.RawText);
        Assert.True(logged.ResultCount > 0);
        Assert.True(logged.HasTiming("decode") && logged.HasTiming("transcribe"), logged.Timings.GetRawText());
    }
}
