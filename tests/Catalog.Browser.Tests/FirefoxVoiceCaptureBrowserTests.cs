using Catalog.Data.Titles;
using Catalog.Testing;
using Microsoft.Playwright;

namespace Catalog.Browser.Tests;

/// <summary>
/// Voice search in Firefox: the distribution's Firefox ESR driven over WebDriver BiDi, hearing an
/// espeak-ng query through PulseAudio. The AudioContext runs at the device's rate (Firefox refuses
/// to connect a microphone to a context of another rate) and the worklet resamples to 16 kHz.
/// </summary>
public sealed class FirefoxVoiceCaptureBrowserTests(PostgresFixture postgres)
{
    private static readonly string[] FirefoxPaths = ["/usr/bin/firefox-esr", "/usr/bin/firefox"];

    [Fact]
    public async Task A_spoken_query_in_firefox_stops_on_silence_and_is_transcribed_searched_and_logged()
    {
        var firefox = FirefoxPaths.FirstOrDefault(File.Exists);
        Assert.SkipWhen(firefox is null, "Firefox is not installed (apt-get install firefox-esr; scripts/prerequisites.sh does it): voice capture in Firefox was not tested.");
        await using var microphone = await PulseAudioMicrophone.StartAsync();
        Assert.SkipWhen(microphone is null, "PulseAudio is not installed (apt-get install pulseaudio; scripts/prerequisites.sh does it): voice capture in Firefox was not tested.");
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await using var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync([SampleTitles.Aliens, SampleTitles.Tron], ct);
        var (app, audio) = await VoiceSearchSetup.StartAsync(db, folder, ct);
        await using var _ = app;

        using var playwright = await Playwright.CreateAsync();
        // A "moz-" channel makes Playwright speak WebDriver BiDi, which stock Firefox understands.
        await using var browser = await playwright.Firefox.LaunchAsync(new()
        {
            Channel = "moz-firefox",
            ExecutablePath = firefox,
            Headless = true,
            FirefoxUserPrefs = new Dictionary<string, object> { ["media.navigator.permission.disabled"] = true },
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(app.BaseAddress, "/search").ToString());
        await Interactive.WaitAsync(page);

        var mic = page.GetByRole(AriaRole.Button, new() { Name = "Search by voice" });
        await Assertions.Expect(mic).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await mic.ClickAsync();
        await Assertions.Expect(page.Locator(".mic-status")).ToHaveTextAsync("Listening… speak now", new() { Timeout = 15_000 });
        // Let the detector measure the room first, then speak; the page stops by itself on the silence after.
        await page.WaitForTimeoutAsync(500);
        await microphone!.SayAsync(audio);

        var transcript = page.GetByTestId("transcript");
        await Assertions.Expect(transcript).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = BrowserArtifacts.PathFor("voice-search-firefox.png") });
        var logged = Assert.Single(await QueryLogRows.WaitForAsync(db, "voice", 1, ct));
        var shown = (await transcript.InnerTextAsync()).Trim();
        Assert.Equal(shown == "We did not catch any words. Try again a little closer to the microphone." ? string.Empty : shown["You said: “".Length..^1], logged.RawText);
        Assert.True(logged.HasTiming("decode") && logged.HasTiming("transcribe"), logged.Timings.GetRawText());
        // The recorder let go of the microphone: the button is back, ready for the next search.
        await Assertions.Expect(mic).ToBeEnabledAsync();
    }
}
