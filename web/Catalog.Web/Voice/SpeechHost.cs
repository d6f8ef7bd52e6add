using Catalog.Speech;
using Catalog.Speech.Transcription;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Voice;

/// <summary>
/// Checks the configured ggml file and loads it once, at start-up. A missing or bad file leaves
/// voice search off with the reason (the page's tooltip and the endpoint's 503 say it) rather than
/// letting whisper.cpp's native asserts take the process down.
/// </summary>
internal sealed class SpeechHost(IOptions<SpeechOptions> options, ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger<SpeechHost>();
    private WhisperSpeechTranscriber? _transcriber;

    public SpeechModelStatus Status { get; private set; } = SpeechModelStatus.NotChecked;

    /// <summary>The loaded model, or null when voice search is off.</summary>
    public ISpeechTranscriber? Transcriber => _transcriber;

    /// <summary>The page's tooltip and the endpoint's 503: why voice is off and how to turn it on.</summary>
    public string? UnavailableMessage => Status.IsAvailable ? null : Status.Message;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Status = SpeechModelStatus.Check(options.Value);
        if (!Status.IsAvailable)
        {
            _logger.LogWarning("Voice search is off: {Reason}", Status.Message);
            return Task.CompletedTask;
        }

        _transcriber = new WhisperSpeechTranscriber(options.Value, loggers.CreateLogger<WhisperSpeechTranscriber>());
        _logger.LogInformation("Voice search ready: {Model} ({Shape}) on the {Runtime} runtime", _transcriber.ModelPath, _transcriber.Shape.Describe(), _transcriber.RuntimeLibrary);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for running transcriptions: freeing the model under one crashes in native code.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_transcriber is not null)
        {
            await _transcriber.DisposeAsync();
        }
    }
}
