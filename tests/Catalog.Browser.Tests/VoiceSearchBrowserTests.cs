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
        await using var db = await CatalogAsync(ct);
        using (var generator = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions()))
        {
            await new TitleEmbeddingStore(db.DataSource).ReindexAsync(generator, generator.Model.ModelId, force: false, progress: null, ct);
        }

        var (app, audio) = await VoiceSearchSetup.StartAsync(db, folder, ct);
        await using var _ = app;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumWithMicrophone.LaunchAsync(playwright, audio);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        var (_, transcript) = await SpeakAsync(page, app);
        await Assertions.Expect(page.Locator(".result-grid li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserArtifacts.PathFor("voice-search-desktop.png"), FullPage = true });

        var shown = (await transcript.InnerTextAsync()).Trim();
        Assert.StartsWith("You said: “", shown, StringComparison.Ordinal);
        var heard = shown["You said: “".Length..^1];
        // A draft shows first; the address takes the search once listening has ended and it is kept.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]q="), new() { Timeout = 15_000 });
        Assert.Equal(heard, System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"]);

        // The recording reached the server: the voice entry in the log holds what Whisper heard.
        var logged = Assert.Single(await QueryLogRows.WaitForAsync(db, "voice", 1, ct));
        Assert.Equal(heard, logged.RawText);
        Assert.True(logged.ResultCount > 0);
        Assert.True(logged.HasTiming("decode") && logged.HasTiming("transcribe"), logged.Timings.GetRawText());
    }

    [Fact]
    public async Task A_pause_shows_results_while_still_listening_and_the_kept_draft_is_logged_once() =>
        await WithDraftOnScreenAsync(async (page, mic, transcript, db, ct) =>
        {
            var heard = (await transcript.InnerTextAsync()).Trim()["You said: “".Length..^1];

            // Listening ends on the silence; the draft stands, so the address takes it and it is logged once.
            await Assertions.Expect(mic).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]q="), new() { Timeout = 15_000 });
            Assert.Equal(heard, System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"]);
            var logged = Assert.Single(await QueryLogRows.WaitForAsync(db, "voice", 1, ct));
            Assert.Equal(heard, logged.RawText);
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            Assert.Single(await QueryLogRows.ReadAsync(db), row => row.Source == "voice");
        });

    [Fact]
    public async Task Escape_after_a_draft_withdraws_its_results_and_logs_nothing() =>
        await WithDraftOnScreenAsync(async (page, mic, transcript, db, ct) =>
        {
            // The viewer changes their mind while the draft is on screen: the page goes back to how it was.
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(mic).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Assertions.Expect(transcript).ToBeHiddenAsync(new() { Timeout = 10_000 });
            Assert.Equal(0, await page.Locator(".result-grid li").CountAsync());
            Assert.DoesNotContain("q=", page.Url, StringComparison.Ordinal);
            await Task.Delay(TimeSpan.FromSeconds(5), ct);
            Assert.DoesNotContain(await QueryLogRows.ReadAsync(db), row => row.Source == "voice");
        });

    /// <summary>
    /// Speaks with a long trailing silence, which leaves seconds between the draft (at 0.35 s of
    /// silence) and the end of listening, and runs <paramref name="act"/> once the draft's results
    /// are on screen while the microphone still listens.
    /// </summary>
    private async Task WithDraftOnScreenAsync(Func<IPage, ILocator, ILocator, TestDatabase, CancellationToken, Task> act)
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await using var db = await CatalogAsync(ct);
        var (app, audio) = await VoiceSearchSetup.StartAsync(db, folder, ct, trailingSilence: TimeSpan.FromSeconds(4));
        await using var _ = app;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumWithMicrophone.LaunchAsync(playwright, audio);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        var (mic, transcript) = await SpeakAsync(page, app);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Stop listening" }).IsVisibleAsync(), "listening had already ended");
        await act(page, mic, transcript, db, ct);
    }

    private async Task<TestDatabase> CatalogAsync(CancellationToken ct)
    {
        var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync([SampleTitles.Aliens, SampleTitles.Tron, SampleTitles.Eternauta], ct);
        return db;
    }

    /// <summary>Opens the search page, clicks the microphone (the fake one plays the spoken query) and waits for a transcript.</summary>
    private static async Task<(ILocator Mic, ILocator Transcript)> SpeakAsync(IPage page, KestrelCatalogApp app)
    {
        await page.GotoAsync(new Uri(app.BaseAddress, "/search").ToString());
        var mic = page.GetByRole(AriaRole.Button, new() { Name = "Search by voice" });
        await Assertions.Expect(mic).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await mic.ClickAsync();
        var transcript = page.GetByTestId("transcript");
        await Assertions.Expect(transcript).ToBeVisibleAsync(new() { Timeout = 60_000 });
        return (mic, transcript);
    }
}
