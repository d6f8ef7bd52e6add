using Catalog.Speech.Models;
using Catalog.Testing;

namespace Catalog.Browser.Tests;

/// <summary>What the voice browser tests share: a small random-weight Whisper model, the app using it, and the spoken query.</summary>
internal static class VoiceSearchSetup
{
    public const string Query = "find me an eighties sci-fi thriller";

    /// <param name="trailingSilence">
    /// The page's silence that ends listening (Voice:TrailingSilence); the spoken file is followed by
    /// more silence than that, since Chromium loops it.
    /// </param>
    public static async Task<(KestrelCatalogApp App, string SpokenQueryWav)> StartAsync(
        TestDatabase db, TempFolder folder, CancellationToken ct, TimeSpan? trailingSilence = null)
    {
        var model = Path.Combine(folder.Path, "ggml-test.bin");
        // Random weights hear nonsense; with this seed the nonsense is a word rather than a broken byte.
        await SyntheticWhisperModelWriter.WriteAsync(model, WhisperModelShape.Test, seed: 4, cancellationToken: ct);
        var silence = trailingSilence ?? TimeSpan.FromSeconds(1.2);
        var audio = await SpokenQuery.WriteAsync(Query, folder.Path, silence + TimeSpan.FromSeconds(1.3));
        var app = new KestrelCatalogApp(db, new Dictionary<string, string?>
        {
            ["Speech:ModelPath"] = model,
            ["Speech:TemperatureFallback"] = "false",
            ["Speech:MaxTokens"] = "8",
            ["Voice:TrailingSilence"] = silence.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        });
        return (app, audio);
    }
}
