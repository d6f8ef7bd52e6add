using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Catalog.Speech.Models;
using Catalog.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Catalog.Web.Tests;

/// <summary>
/// <c>POST /api/search/voice</c> end to end: the real WAV decoder, the real Whisper.net runtime with
/// a small random-weight model (so the words are nonsense, but real ones), the real search and the
/// real query log on a database of the test's own.
/// </summary>
public sealed class VoiceSearchApiTests(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_spoken_query_returns_its_transcript_timings_and_search_and_is_logged_as_a_voice_query()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres);

        var response = await voice.PostVoiceAsync(VoiceClips.Pcm16Wav(1.5), "?limit=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await VoiceAssertions.JsonAsync(response);
        var transcript = root.GetProperty("transcript").GetString();
        Assert.NotNull(transcript);
        // What is searched and logged is the cleaned transcript: trimmed, markers such as "[BLANK_AUDIO]" gone.
        Assert.Equal(transcript.Trim(), transcript);
        Assert.Equal(1.5, root.GetProperty("audioSeconds").GetDouble(), 3);
        // 1.5 s is 75 encoder positions: the context must cover them but not be Whisper's full 30 s window.
        Assert.InRange(root.GetProperty("audioContext").GetInt32(), 75, 1499);

        var timings = root.GetProperty("timingsMs");
        var decode = timings.GetProperty("decode").GetDouble();
        var transcribe = timings.GetProperty("transcribe").GetDouble();
        Assert.True(decode >= 0);
        Assert.True(transcribe > 0);
        Assert.True(timings.GetProperty("total").GetDouble() >= decode + transcribe);

        var search = root.GetProperty("search");
        var logged = Assert.Single(await VoiceAssertions.WaitForVoiceRowsAsync(voice.Db, 1));
        Assert.Equal(transcript, logged.RawText);
        Assert.True(logged.HasTiming("decode"), logged.Timings.GetRawText());
        Assert.True(logged.HasTiming("transcribe"), logged.Timings.GetRawText());
        Assert.True(logged.HasTiming("total"), logged.Timings.GetRawText());
        if (transcript.Length == 0)
        {
            // Nothing heard: no search runs, but the analysts still see an empty voice query.
            Assert.Equal(JsonValueKind.Null, search.ValueKind);
            Assert.Equal(0, logged.ResultCount);
        }
        else
        {
            Assert.Equal(JsonValueKind.Object, search.ValueKind);
            Assert.Equal(transcript, search.GetProperty("query").GetString());
            var results = search.GetProperty("results").GetArrayLength();
            Assert.InRange(results, 0, 1);
            Assert.Equal(results, logged.ResultCount);
            Assert.True(search.GetProperty("timingsMs").TryGetProperty("transcribe", out _));
            Assert.True(logged.HasTiming("understand"), logged.Timings.GetRawText());
        }

        Assert.DoesNotContain(await VoiceAssertions.QueryLogAsync(voice.Db), row => row.Source != "voice");
    }

    [Fact]
    public async Task A_clip_in_which_nothing_is_heard_runs_no_search_and_is_logged_as_an_empty_voice_query()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres);

        // With the seed-4 model a 0.2 s clip decodes to no words (1.5 s ones give "mosquito").
        var response = await voice.PostVoiceAsync(VoiceClips.Pcm16Wav(0.2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await VoiceAssertions.JsonAsync(response);
        var transcript = root.GetProperty("transcript").GetString()!;
        Assert.SkipWhen(transcript.Length > 0, $"This machine's Whisper runtime heard \"{transcript}\" in the short clip; the empty path is not reached.");
        Assert.Equal(JsonValueKind.Null, root.GetProperty("search").ValueKind);
        Assert.Equal(0.2, root.GetProperty("audioSeconds").GetDouble(), 3);
        var timings = root.GetProperty("timingsMs");
        Assert.Equal(
            timings.GetProperty("decode").GetDouble() + timings.GetProperty("transcribe").GetDouble(),
            timings.GetProperty("total").GetDouble(), 6);

        var logged = Assert.Single(await VoiceAssertions.WaitForVoiceRowsAsync(voice.Db, 1));
        Assert.Equal(string.Empty, logged.RawText);
        Assert.Equal(0, logged.ResultCount);
        Assert.True(logged.HasTiming("decode") && logged.HasTiming("transcribe") && logged.HasTiming("total"), logged.Timings.GetRawText());
        Assert.Equal(1, await voice.Db.ScalarAsync<long>("SELECT count(*) FROM query_log WHERE source = 'voice' AND mode = 'full' AND intent IS NULL"));
    }

    [Theory]
    [InlineData(44_100, 2, "pcm16", 1.5)]
    [InlineData(48_000, 1, "float32", 2.0)]
    [InlineData(8_000, 1, "pcm16", 1.0)]
    public async Task Other_wav_formats_are_resampled_to_16_khz_mono_and_keep_their_duration(int sampleRate, int channels, string encoding, double seconds)
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres);
        var wav = encoding == "pcm16"
            ? VoiceClips.Pcm16Wav(seconds, sampleRate, channels)
            : VoiceClips.Float32Wav(seconds, sampleRate, channels);

        var response = await voice.PostVoiceAsync(wav);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var root = await VoiceAssertions.JsonAsync(response);
        Assert.Equal(seconds, root.GetProperty("audioSeconds").GetDouble(), 3);
        Assert.NotNull(root.GetProperty("transcript").GetString());
        Assert.Single(await VoiceAssertions.WaitForVoiceRowsAsync(voice.Db, 1));
    }

    [Theory]
    [InlineData("empty", 400, "The upload is empty")]
    [InlineData("random bytes", 400, "is not a WAV file")]
    [InlineData("mp3", 400, "this is MP3 audio")]
    [InlineData("ogg", 400, "this is Ogg/Opus audio")]
    [InlineData("webm", 400, "this is WebM/Opus audio")]
    [InlineData("riff of another type", 400, "a RIFF file of type 'AVI ' rather than WAVE")]
    [InlineData("cut inside the riff header", 400, "cut off inside the RIFF header")]
    [InlineData("cut inside the fmt chunk", 400, "The fmt chunk declares 16 bytes but only 10 are present")]
    [InlineData("longer than 15 s", 413, "The recording is 16 s long; the limit is 15 s.")]
    [InlineData("shorter than 0.1 s", 400, "it must be at least 0.1 s")]
    public async Task Unusable_audio_gets_a_status_and_a_message_saying_what_was_wrong_and_is_not_logged(string upload, int status, string reason)
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres);

        var response = await voice.PostVoiceAsync(BadUpload(upload));

        var detail = await VoiceAssertions.ProblemDetailAsync(response, status);
        Assert.Contains(reason, detail);
        Assert.Empty(await VoiceAssertions.QueryLogAfterBarrierAsync(voice));
    }

    [Fact]
    public async Task An_upload_over_the_configured_size_limit_gets_413_whether_or_not_it_declares_its_length()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres, new Dictionary<string, string?> { ["Voice:Limits:MaxBytes"] = "64000" });
        // 3 s of 16 kHz 16-bit mono: 96,044 bytes, well within the default 2 MiB, so only the setting refuses it.
        var wav = VoiceClips.Pcm16Wav(3);
        Assert.True(wav.Length > 64_000);

        var declared = await voice.PostVoiceAsync(wav);
        // A stream that cannot seek has no length to declare: the body is read up to the limit and one byte more.
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        await pipe.Writer.WriteAsync(wav, Ct);
        await pipe.Writer.CompleteAsync();
        using var streamed = new StreamContent(pipe.Reader.AsStream());
        streamed.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        Assert.Null(streamed.Headers.ContentLength);
        // The default test client follows redirects, which buffers (and so measures) every request body.
        using var unbuffered = voice.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var undeclared = await unbuffered.PostAsync("/api/search/voice", streamed, Ct);
        var small = await voice.PostVoiceAsync(VoiceClips.Pcm16Wav(1.5));

        Assert.Contains("declares 96044 bytes, over the limit of 64000 bytes", await VoiceAssertions.ProblemDetailAsync(declared, 413));
        Assert.Contains("is larger than the limit of 64000 bytes", await VoiceAssertions.ProblemDetailAsync(undeclared, 413));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        var logged = await VoiceAssertions.QueryLogAfterBarrierAsync(voice);
        Assert.Single(logged, row => row.Source == "voice");
    }

    [Fact]
    public async Task A_configured_duration_limit_is_enforced_with_413()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres, new Dictionary<string, string?> { ["Voice:Limits:MaxDuration"] = "00:00:02" });

        var response = await voice.PostVoiceAsync(VoiceClips.Pcm16Wav(3));

        Assert.Contains("The recording is 3 s long; the limit is 2 s.", await VoiceAssertions.ProblemDetailAsync(response, 413));
    }

    [Fact]
    public async Task A_spoken_search_past_the_time_limit_answers_503_saying_so_and_searches_nothing()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres, new Dictionary<string, string?> { ["Voice:Timeout"] = "00:00:00.001" });

        var response = await voice.PostVoiceAsync(VoiceClips.Pcm16Wav(1.5));

        Assert.Contains("Listening took longer than 0 s, so it was stopped.", await VoiceAssertions.ProblemDetailAsync(response, 503));
        var logged = await VoiceAssertions.QueryLogAfterBarrierAsync(voice);
        Assert.DoesNotContain(logged, row => row.Source == "voice");
    }

    [Fact]
    public async Task The_transcriber_clip_limit_also_bounds_uploads_with_413()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres, new Dictionary<string, string?> { ["Speech:MaxClipSeconds"] = "5" });

        var response = await voice.PostVoiceAsync(VoiceClips.Pcm16Wav(6));

        Assert.Contains("the limit is 5 s", await VoiceAssertions.ProblemDetailAsync(response, 413));
    }

    [Fact]
    public async Task Without_a_configured_model_voice_search_answers_503_saying_how_to_get_one()
    {
        await using var voice = await VoiceTestApp.StartAsync(postgres, _ => Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>()));

        var response = await voice.PostVoiceAsync(VoiceClips.Pcm16Wav(1.5));

        var detail = await VoiceAssertions.ProblemDetailAsync(response, 503);
        Assert.Contains("No speech model is configured", detail);
        Assert.Contains("catalog models pull", detail);
        Assert.Contains("Speech:ModelPath", detail);
        Assert.Equal(HttpStatusCode.OK, (await voice.Client.GetAsync("/health/live", Ct)).StatusCode);
        Assert.Empty(await VoiceAssertions.QueryLogAfterBarrierAsync(voice));
    }

    [Fact]
    public async Task A_model_path_to_a_missing_file_answers_503_naming_the_file()
    {
        string? missing = null;
        await using var voice = await VoiceTestApp.StartAsync(postgres, folder =>
        {
            missing = Path.Combine(folder.Path, "ggml-base.en.bin");
            return Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?> { ["Speech:ModelPath"] = missing });
        });

        var response = await voice.PostVoiceAsync(VoiceClips.Pcm16Wav(1.5));

        var detail = await VoiceAssertions.ProblemDetailAsync(response, 503);
        Assert.Contains($"'{missing}' does not exist", detail);
        Assert.Contains("catalog models pull", detail);
        Assert.Equal(HttpStatusCode.OK, (await voice.Client.GetAsync("/health/live", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("random bytes", "does not start with the ggml magic")]
    [InlineData("empty", "is empty (0 bytes)")]
    [InlineData("truncated", "is truncated")]
    [InlineData("gguf", "is a GGUF file")]
    public async Task A_corrupt_model_file_answers_503_with_the_reason_and_the_app_stays_up(string corruption, string reason)
    {
        string? model = null;
        await using var voice = await VoiceTestApp.StartAsync(postgres, async folder =>
        {
            model = Path.Combine(folder.Path, "ggml-test.bin");
            await File.WriteAllBytesAsync(model, await CorruptModelAsync(corruption), Ct);
            return new Dictionary<string, string?> { ["Speech:ModelPath"] = model };
        });

        var response = await voice.PostVoiceAsync(VoiceClips.Pcm16Wav(1.5));

        var detail = await VoiceAssertions.ProblemDetailAsync(response, 503);
        Assert.Contains(model!, detail);
        Assert.Contains(reason, detail);
        Assert.Contains("catalog models pull", detail);
        // whisper.cpp aborts the whole process on some bad files; the validator must have kept it from loading this one.
        Assert.Equal(HttpStatusCode.OK, (await voice.Client.GetAsync("/health/live", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await voice.Client.GetAsync("/api/search?q=tron", Ct)).StatusCode);
    }

    [Fact]
    public async Task Concurrent_spoken_queries_beyond_the_pool_size_all_succeed_and_are_all_logged()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres, new Dictionary<string, string?> { ["Speech:PoolSize"] = "2" });
        // Three lengths, so processors for different encoder contexts are asked for at once.
        var clips = Enumerable.Range(0, 6).Select(i => VoiceClips.Pcm16Wav(1 + (0.5 * (i % 3)), seed: i)).ToList();

        var responses = await Task.WhenAll(clips.Select(clip => voice.PostVoiceAsync(clip)));

        var transcripts = new List<string>();
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
            transcripts.Add((await VoiceAssertions.JsonAsync(response)).GetProperty("transcript").GetString()!);
        }

        Assert.Equal(HttpStatusCode.OK, (await voice.Client.GetAsync("/health/live", Ct)).StatusCode);
        var logged = await VoiceAssertions.WaitForVoiceRowsAsync(voice.Db, 6);
        Assert.Equal(transcripts.Order(StringComparer.Ordinal), logged.Select(row => row.RawText).Order(StringComparer.Ordinal));
        Assert.All(logged, row => Assert.True(row.HasTiming("transcribe"), row.Timings.GetRawText()));
    }

    private static byte[] BadUpload(string upload)
    {
        var random = new Random(11);
        byte[] Noise(int length)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }

        return upload switch
        {
            "empty" => [],
            // A zero first byte keeps the noise from looking like an MPEG or ADTS frame by chance.
            "random bytes" => [0x00, .. Noise(4095)],
            "mp3" => [.. "ID3"u8, 0x04, 0x00, 0x00, .. Noise(2000)],
            "ogg" => [.. "OggS"u8, 0x00, 0x02, .. new byte[22], .. "OpusHead"u8, .. Noise(2000)],
            "webm" => [0x1A, 0x45, 0xDF, 0xA3, .. Noise(20), .. "webm"u8, .. Noise(40), .. "A_OPUS"u8, .. Noise(2000)],
            "riff of another type" => [.. "RIFF"u8, 0x00, 0x10, 0x00, 0x00, .. "AVI "u8, .. Noise(2000)],
            "cut inside the riff header" => VoiceClips.Pcm16Wav(1)[..8],
            "cut inside the fmt chunk" => VoiceClips.Pcm16Wav(1)[..30],
            "longer than 15 s" => VoiceClips.Pcm16Wav(16),
            "shorter than 0.1 s" => VoiceClips.Pcm16Wav(0.05),
            _ => throw new ArgumentOutOfRangeException(nameof(upload), upload, "No such upload."),
        };
    }

    private static async Task<byte[]> CorruptModelAsync(string corruption)
    {
        var random = new Random(5);
        switch (corruption)
        {
            case "random bytes":
                var noise = new byte[1 << 20];
                random.NextBytes(noise);
                return noise;
            case "empty":
                return [];
            case "gguf":
                return [.. "GGUF"u8, .. new byte[1020]];
            case "truncated":
                // A real model cut off halfway, as an interrupted download leaves it.
                using (var memory = new MemoryStream())
                {
                    await SyntheticWhisperModelWriter.WriteAsync(memory, WhisperModelShape.Test, seed: 4, Ct);
                    var whole = memory.ToArray();
                    return whole[..(whole.Length / 2)];
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(corruption), corruption, "No such corruption.");
        }
    }
}
