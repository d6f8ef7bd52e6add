using System.Net.Http.Headers;
using System.Text.Json;
using Catalog.Audio;
using Catalog.Speech.Models;
using Catalog.Testing;

namespace Catalog.Web.Tests;

/// <summary>Synthetic recordings: no speech engine or audio files needed, and the same seed gives the same bytes.</summary>
internal static class VoiceClips
{
    public static float[] Voiced(double seconds, int sampleRate = 16_000, int channels = 1, int seed = 7) =>
        SyntheticVoice.Generate(seconds, sampleRate, channels, seed);

    public static byte[] Pcm16Wav(double seconds, int sampleRate = 16_000, int channels = 1, int seed = 7) =>
        WavEncoder.EncodePcm16(Voiced(seconds, sampleRate, channels, seed), sampleRate, channels);

    public static byte[] Float32Wav(double seconds, int sampleRate = 16_000, int channels = 1, int seed = 7) =>
        WavEncoder.EncodeFloat32(Voiced(seconds, sampleRate, channels, seed), sampleRate, channels);
}

/// <summary>
/// One test's world for voice search: a folder (for the model), a database with three titles, and
/// the app configured by <see cref="StartAsync"/>. Disposed app first, so nothing reads a deleted file.
/// </summary>
internal sealed class VoiceTestApp : IAsyncDisposable
{
    private VoiceTestApp(TempFolder folder, TestDatabase db, CatalogWebApp app)
    {
        Folder = folder;
        Db = db;
        App = app;
        Client = app.CreateClient();
    }

    public TempFolder Folder { get; }

    public TestDatabase Db { get; }

    public CatalogWebApp App { get; }

    public HttpClient Client { get; }

    /// <summary>
    /// The Test-shaped random model the browser test uses. With seed 4 its nonsense is a word rather than a broken
    /// byte; no temperature fallback and 8 tokens keep a random model from re-decoding and rambling.
    /// </summary>
    public static Task<VoiceTestApp> StartWithModelAsync(PostgresFixture postgres, IReadOnlyDictionary<string, string?>? extra = null) =>
        StartAsync(postgres, async folder =>
        {
            var model = Path.Combine(folder.Path, "ggml-test.bin");
            await SyntheticWhisperModelWriter.WriteAsync(model, WhisperModelShape.Test, seed: 4, TestContext.Current.CancellationToken);
            var settings = new Dictionary<string, string?>
            {
                ["Speech:ModelPath"] = model,
                ["Speech:TemperatureFallback"] = "false",
                ["Speech:MaxTokens"] = "8",
            };
            foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            return settings;
        });

    /// <summary>Starts the app with whatever settings <paramref name="settings"/> makes (it may write files into the folder).</summary>
    public static async Task<VoiceTestApp> StartAsync(PostgresFixture postgres, Func<TempFolder, Task<IReadOnlyDictionary<string, string?>>> settings)
    {
        var folder = new TempFolder();
        var db = await postgres.CreateDatabaseAsync();
        await TestTitles.WriteAsync(db, TestTitles.Eternauta, TestTitles.Tron, SampleTitles.Aliens);
        return new VoiceTestApp(folder, db, new CatalogWebApp(db, await settings(folder)));
    }

    public async Task<HttpResponseMessage> PostVoiceAsync(byte[] body, string query = "")
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        return await Client.PostAsync($"/api/search/voice{query}", content, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Db.DisposeAsync();
        Folder.Dispose();
    }
}

/// <summary>Reading answers and the query log, which is written in the background and so is polled.</summary>
internal static class VoiceAssertions
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The ProblemDetails <c>detail</c> of a refusal, after checking it is one with this status.</summary>
    public static async Task<string> ProblemDetailAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == (int)response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        Assert.Equal(status, document.RootElement.GetProperty("status").GetInt32());
        var detail = document.RootElement.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        return detail!;
    }

    public static Task<List<LoggedQuery>> QueryLogAsync(TestDatabase db) => QueryLogRows.ReadAsync(db);

    public static async Task<List<LoggedQuery>> WaitForVoiceRowsAsync(TestDatabase db, int count)
    {
        var rows = await QueryLogRows.WaitForAsync(db, "voice", count, TestContext.Current.CancellationToken);
        Assert.True(rows.Count == count, $"Expected {count} voice rows in query_log, found {rows.Count}.");
        return rows;
    }

    /// <summary>
    /// Every row the app has logged so far. A typed search is sent last and waited for: the log is one queue with
    /// one writer, so once that row is in, anything queued before it is in too, and an absence means something.
    /// </summary>
    public static async Task<List<LoggedQuery>> QueryLogAfterBarrierAsync(VoiceTestApp app)
    {
        const string barrier = "barrier after the uploads";
        var response = await app.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(barrier)}", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var rows = await QueryLogAsync(app.Db);
            if (rows.Any(row => row.RawText == barrier))
            {
                return rows.Where(row => row.RawText != barrier).ToList();
            }

            Assert.True(DateTime.UtcNow < deadline, "The barrier search never reached query_log.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
