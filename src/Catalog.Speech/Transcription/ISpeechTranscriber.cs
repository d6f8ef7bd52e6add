namespace Catalog.Speech.Transcription;

/// <summary>
/// Turns a short spoken query into text.
/// </summary>
/// <remarks>
/// Why not Microsoft.Extensions.AI's <c>ISpeechToTextClient</c> (which Whisper.net implements as
/// <c>WhisperSpeechToTextClient</c>): it takes an encoded audio <see cref="Stream"/> and decodes
/// and resamples inside the call, while this app validates, decodes and resamples the upload in
/// earlier stages so each stage is timed and rejected on its own; it is still marked experimental
/// (MEAI001); and its response has no place for what the query log records here (the encoder
/// context chosen, time spent waiting for a processor). An adapter onto it can be added later
/// without touching callers of this interface.
/// </remarks>
public interface ISpeechTranscriber
{
    /// <summary>The only sample rate the Whisper models accept.</summary>
    const int SampleRate = 16_000;

    /// <summary>Transcribes 16 kHz mono PCM samples in [-1, 1].</summary>
    /// <exception cref="ArgumentException">The clip is empty or longer than the configured limit.</exception>
    Task<SpeechTranscript> TranscribeAsync(ReadOnlyMemory<float> samples, CancellationToken cancellationToken = default);
}
