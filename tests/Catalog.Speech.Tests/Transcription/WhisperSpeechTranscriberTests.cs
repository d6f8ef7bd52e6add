using Catalog.Speech.Models;
using Catalog.Speech.Tests.Support;
using Catalog.Speech.Transcription;
using Catalog.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Speech.Tests.Transcription;

/// <summary>These run the real native Whisper runtime on a synthetic model.</summary>
public sealed class WhisperSpeechTranscriberTests
{
    [Fact]
    public async Task Transcribes_a_two_second_clip_with_the_auto_audio_context()
    {
        using var folder = new TempFolder();
        var logger = new ListLogger<WhisperSpeechTranscriber>();
        await using var transcriber = await CreateAsync(folder, logger, poolSize: 1);

        var transcript = await transcriber.TranscribeAsync(TestAudio.ChirpWithNoise(2), TestContext.Current.CancellationToken);

        // A random model says nothing meaningful; what is true of any model is asserted.
        Assert.Equal(192, transcript.AudioContext);
        Assert.NotNull(transcript.Text);
        Assert.Equal("en", transcript.Language);
        Assert.Equal(TimeSpan.FromSeconds(2), transcript.AudioDuration);
        Assert.True(transcript.Elapsed > TimeSpan.Zero);
        Assert.All(transcript.Segments, segment => Assert.True(segment.End >= segment.Start));
        Assert.Equal(1, transcriber.ProcessorCount);
    }

    [Theory]
    [MemberData(nameof(QuantizedShapes.Names), MemberType = typeof(QuantizedShapes))]
    public async Task The_native_runtime_loads_and_runs_a_quantized_model(string name)
    {
        using var folder = new TempFolder();
        var logger = new ListLogger<WhisperSpeechTranscriber>();
        await using var transcriber = await CreateAsync(folder, logger, poolSize: 1, shape: WhisperModelShape.FromName(name));

        var transcript = await transcriber.TranscribeAsync(TestAudio.ChirpWithNoise(2), TestContext.Current.CancellationToken);

        Assert.Equal(192, transcript.AudioContext);
        Assert.NotNull(transcript.Text);
        Assert.True(transcript.Elapsed > TimeSpan.Zero);
        Assert.Contains($"ftype {WhisperModelShape.FromName(name)!.FileType}", Assert.Single(logger.Entries, e => e.Level == LogLevel.Information).Message);
    }

    [Fact]
    public async Task Logs_one_line_naming_the_runtime_library_whisper_net_loaded()
    {
        using var folder = new TempFolder();
        var logger = new ListLogger<WhisperSpeechTranscriber>();
        await using var transcriber = await CreateAsync(folder, logger, poolSize: 1);

        Assert.Equal("Cpu", transcriber.RuntimeLibrary);
        var line = Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Information);
        Assert.Contains("runtime library Cpu", line.Message);
        Assert.Contains("n_audio_state 64", line.Message);
    }

    [Fact]
    public async Task The_full_window_mode_encodes_1500_positions()
    {
        using var folder = new TempFolder();
        await using var transcriber = await CreateAsync(folder, new ListLogger<WhisperSpeechTranscriber>(), poolSize: 1,
            configure: options => options.AudioContext = AudioContextMode.Full);

        var transcript = await transcriber.TranscribeAsync(TestAudio.ChirpWithNoise(1), TestContext.Current.CancellationToken);

        Assert.Equal(1500, transcript.AudioContext);
    }

    [Fact]
    public async Task Eight_concurrent_requests_share_a_pool_of_two()
    {
        using var folder = new TempFolder();
        await using var transcriber = await CreateAsync(folder, new ListLogger<WhisperSpeechTranscriber>(), poolSize: 2);
        var clips = Enumerable.Range(0, 8).Select(i => TestAudio.ChirpWithNoise(1 + (i % 3), seed: i)).ToList();

        var transcripts = await Task.WhenAll(clips.Select(clip =>
            transcriber.TranscribeAsync(clip, TestContext.Current.CancellationToken)));

        Assert.Equal(8, transcripts.Length);
        Assert.All(transcripts, transcript => Assert.NotNull(transcript.Text));
        Assert.True(transcriber.PeakProcessorCount <= 2, $"{transcriber.PeakProcessorCount} processors existed at once");
        Assert.InRange(transcriber.ProcessorCount, 1, 2);
        Assert.Contains(transcripts, transcript => transcript.QueueWait > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_cancelled_request_throws_and_the_transcriber_keeps_working()
    {
        using var folder = new TempFolder();
        await using var transcriber = await CreateAsync(folder, new ListLogger<WhisperSpeechTranscriber>(), poolSize: 1);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transcriber.TranscribeAsync(TestAudio.ChirpWithNoise(1), cancelled.Token));
        var transcript = await transcriber.TranscribeAsync(TestAudio.ChirpWithNoise(1), TestContext.Current.CancellationToken);

        Assert.Equal(128, transcript.AudioContext);
    }

    [Fact]
    public async Task Clips_that_are_empty_or_too_long_are_refused_before_whisper()
    {
        using var folder = new TempFolder();
        await using var transcriber = await CreateAsync(folder, new ListLogger<WhisperSpeechTranscriber>(), poolSize: 1,
            configure: options => options.MaxClipSeconds = 3);

        var empty = await Assert.ThrowsAsync<ArgumentException>(() => transcriber.TranscribeAsync(ReadOnlyMemory<float>.Empty, TestContext.Current.CancellationToken));
        var tooLong = await Assert.ThrowsAsync<ArgumentException>(() => transcriber.TranscribeAsync(new float[16_000 * 4], TestContext.Current.CancellationToken));

        Assert.Contains("no samples", empty.Message);
        Assert.Contains("The clip is 4.0 s long; Speech:MaxClipSeconds allows 3 s.", tooLong.Message);
        Assert.Equal(0, transcriber.ProcessorCount);
    }

    [Fact]
    public async Task An_invalid_model_is_refused_before_the_native_runtime_sees_it()
    {
        using var folder = new TempFolder();
        var bytes = await ModelFiles.BytesAsync(ModelFiles.WithTensors(tensors => tensors.Select(tensor =>
            tensor.Name == "encoder.conv1.weight" ? tensor with { Type = GgmlTensorType.F32 } : tensor)));
        var path = await ModelFiles.WriteBytesAsync(folder.Path, bytes);
        var options = new SpeechOptions { ModelPath = path };

        var error = Assert.Throws<SpeechModelUnavailableException>(() => new WhisperSpeechTranscriber(options, new ListLogger<WhisperSpeechTranscriber>()));

        Assert.Contains("stores tensor 'encoder.conv1.weight' as F32", error.Message);
        Assert.False(error.Status!.IsAvailable);
    }

    private static async Task<WhisperSpeechTranscriber> CreateAsync(
        TempFolder folder, ILogger<WhisperSpeechTranscriber> logger, int poolSize, Action<SpeechOptions>? configure = null,
        WhisperModelShape? shape = null)
    {
        var path = await ModelFiles.WriteAsync(folder.Path, shape ?? WhisperModelShape.Test);
        var options = new SpeechOptions
        {
            ModelPath = path,
            PoolSize = poolSize,
            ThreadsPerProcessor = 1,
            TemperatureFallback = false,
            MaxTokens = 16,
            RuntimeLibraryOrder = ["Cpu"],
        };
        configure?.Invoke(options);
        return new WhisperSpeechTranscriber(Options.Create(options), logger);
    }
}
