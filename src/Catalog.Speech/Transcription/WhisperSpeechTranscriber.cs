using System.Diagnostics;
using Catalog.Speech.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Whisper.net;

namespace Catalog.Speech.Transcription;

/// <summary>
/// Transcribes with Whisper.net: one <see cref="WhisperFactory"/> (the model, loaded once, shared
/// read-only by all processors) and a bounded pool of processors, each holding the per-request
/// settings. Register it as a singleton; the model file is validated before it is loaded because
/// whisper.cpp aborts the process on some malformed files instead of returning an error.
/// </summary>
public sealed class WhisperSpeechTranscriber : ISpeechTranscriber, IAsyncDisposable
{
    private readonly SpeechOptions _options;
    private readonly ILogger _logger;
    private readonly IDisposable _nativeLog;
    private readonly WhisperFactory _factory;
    private readonly ProcessorPool<WhisperProcessor> _pool;
    private volatile bool _disposed;

    /// <exception cref="SpeechModelUnavailableException">No model is configured, or the file is missing or invalid.</exception>
    public WhisperSpeechTranscriber(IOptions<SpeechOptions> options, ILogger<WhisperSpeechTranscriber> logger)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value, logger)
    {
    }

    /// <exception cref="SpeechModelUnavailableException">No model is configured, or the file is missing or invalid.</exception>
    public WhisperSpeechTranscriber(SpeechOptions options, ILogger<WhisperSpeechTranscriber> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options;
        _options.Validate();
        _logger = logger;
        var status = SpeechModelStatus.Check(_options);
        if (!status.IsAvailable)
        {
            throw new SpeechModelUnavailableException(status);
        }

        ModelPath = status.ModelPath!;
        Shape = status.Shape!;
        WhisperRuntime.ApplyLibraryOrder(_options.ParseRuntimeLibraryOrder(), logger);
        _nativeLog = WhisperRuntime.ForwardNativeLog(logger);
        _factory = LoadFactory(ModelPath, new WhisperFactoryOptions { UseFlashAttention = options.FlashAttention }, _nativeLog);
        RuntimeLibrary = WhisperRuntime.LoadedLibraryName;
        _pool = new ProcessorPool<WhisperProcessor>(_options.EffectivePoolSize, CreateProcessor);
        _logger.LogInformation(
            "Whisper model {ModelPath} loaded on Whisper.net runtime library {RuntimeLibrary}: {Shape}; up to {PoolSize} processors × {Threads} threads",
            ModelPath, RuntimeLibrary, Shape.Describe(), _pool.Capacity, _options.EffectiveThreadsPerProcessor);
        // The CPU features compiled in and found (AVX2, F16C, ...) explain most speed differences between machines.
        _logger.LogDebug("Whisper native runtime: {RuntimeInfo}", WhisperFactory.GetRuntimeInfo()?.Trim());
    }

    public string ModelPath { get; }

    public WhisperModelShape Shape { get; }

    /// <summary>The native runtime Whisper.net loaded ("Cpu", "Cuda", ...), process-wide.</summary>
    public string RuntimeLibrary { get; }

    /// <summary>Processors that exist now, busy or idle.</summary>
    public int ProcessorCount => _pool.Alive;

    /// <summary>The most processors that ever existed at once; never above the pool size.</summary>
    public int PeakProcessorCount => _pool.PeakAlive;

    /// <summary>The encoder context a clip of this many samples gets under the current options.</summary>
    public int AudioContextFor(int sampleCount) =>
        AudioContextPolicy.Choose(_options.AudioContext, _options.AudioContextFrames, sampleCount, Shape.AudioContext);

    public async Task<SpeechTranscript> TranscribeAsync(ReadOnlyMemory<float> samples, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        CheckClip(samples);
        var audioContext = AudioContextFor(samples.Length);
        var waitStarted = Stopwatch.GetTimestamp();
        var lease = await _pool.RentAsync(audioContext, cancellationToken);
        var queueWait = Stopwatch.GetElapsedTime(waitStarted);
        await using (lease)
        {
            var started = Stopwatch.GetTimestamp();
            var (segments, language) = await RunAsync(lease, samples, cancellationToken);
            var text = string.Join(' ', segments.Select(segment => segment.Text).Where(part => part.Length > 0));
            return new SpeechTranscript(
                text, language ?? _options.Language, audioContext, Stopwatch.GetElapsedTime(started), queueWait,
                TimeSpan.FromSeconds(samples.Length / (double)ISpeechTranscriber.SampleRate), segments);
        }
    }

    /// <summary>Waits for running transcriptions to finish, then frees the processors and the model.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        // The pool drains first: freeing the model under a running processor would crash natively.
        await _pool.DisposeAsync();
        _factory.Dispose();
        _nativeLog.Dispose();
    }

    private static WhisperFactory LoadFactory(string path, WhisperFactoryOptions factoryOptions, IDisposable nativeLog)
    {
        try
        {
            return WhisperFactory.FromPath(path, factoryOptions);
        }
        catch (Exception exception)
        {
            nativeLog.Dispose();
            throw new SpeechModelUnavailableException(
                $"Whisper.net could not load the speech model '{path}' although it passed validation: {exception.Message}", exception);
        }
    }

    private static async Task<(List<TranscriptSegment> Segments, string? Language)> RunAsync(
        ProcessorLease<WhisperProcessor> lease, ReadOnlyMemory<float> samples, CancellationToken cancellationToken)
    {
        var segments = new List<TranscriptSegment>();
        string? language = null;
        try
        {
            await foreach (var segment in lease.Item.ProcessAsync(samples, cancellationToken))
            {
                segments.Add(new TranscriptSegment(segment.Start, segment.End, segment.Text.Trim()));
                language ??= string.IsNullOrEmpty(segment.Language) ? null : segment.Language;
            }
        }
        catch
        {
            // A cancelled or failed run may leave native state behind; a fresh processor is cheap.
            lease.Discard();
            throw;
        }

        return (segments, language);
    }

    private void CheckClip(ReadOnlyMemory<float> samples)
    {
        var sampleCount = samples.Length;
        if (sampleCount == 0)
        {
            throw new ArgumentException("The clip has no samples.", nameof(samples));
        }

        var limit = (long)_options.MaxClipSeconds * ISpeechTranscriber.SampleRate;
        if (sampleCount > limit)
        {
            throw new ArgumentException(
                $"The clip is {sampleCount / (double)ISpeechTranscriber.SampleRate:0.0} s long; " +
                $"{SpeechOptions.SectionName}:{nameof(SpeechOptions.MaxClipSeconds)} allows {_options.MaxClipSeconds} s.", nameof(samples));
        }
    }

    private WhisperProcessor CreateProcessor(int audioContext)
    {
        var builder = _factory.CreateBuilder()
            .WithThreads(_options.EffectiveThreadsPerProcessor)
            // Pooled processors serve unrelated queries: no text may carry over from one to the next.
            .WithNoContext()
            .WithSingleSegment()
            .WithTemperature(0f);
        builder = _options.Language == "auto" ? builder.WithLanguageDetection() : builder.WithLanguage(_options.Language);
        if (!_options.TemperatureFallback)
        {
            // whisper.cpp tries temperatures from the start value up to 1.0 in these steps; 0 means just one pass.
            builder = builder.WithTemperatureInc(0f);
        }

        if (!string.IsNullOrWhiteSpace(_options.InitialPrompt))
        {
            builder = builder.WithPrompt(_options.InitialPrompt);
        }

        if (_options.MaxTokens > 0)
        {
            builder = builder.WithMaxTokensPerSegment(_options.MaxTokens);
        }

        if (audioContext < Shape.AudioContext)
        {
            builder = builder.WithAudioContextSize(audioContext);
        }

        return builder.Build();
    }
}
