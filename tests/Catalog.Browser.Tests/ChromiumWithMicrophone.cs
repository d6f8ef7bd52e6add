using Microsoft.Playwright;

namespace Catalog.Browser.Tests;

/// <summary>The distribution's headless Chromium with a fake microphone that plays a WAV file.</summary>
internal static class ChromiumWithMicrophone
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string? microphoneWav = null)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {ExecutablePath}: apt-get install chromium (scripts/prerequisites.sh does it).");
        }

        List<string> args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ];
        if (microphoneWav is not null)
        {
            args.AddRange(["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", $"--use-file-for-fake-audio-capture={microphoneWav}"]);
        }

        // Chromium is kept off any sound server, as on a fresh CI machine: the Firefox test starts
        // PulseAudio, and through it Chromium's audio ran at another rate, which changed the
        // random-weight model's nonsense transcript (to nothing at all).
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty);
        environment["PULSE_SERVER"] = "unix:/nonexistent/pulse";
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = args, Env = environment });
    }
}
