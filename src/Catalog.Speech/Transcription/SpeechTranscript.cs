namespace Catalog.Speech.Transcription;

/// <summary>What the recogniser heard, and what it cost.</summary>
/// <param name="Text">The segments' text joined and trimmed; empty when nothing was recognised.</param>
/// <param name="Language">The language decoded (the configured one, or the detected one with "auto").</param>
/// <param name="AudioContext">Encoder positions used (whisper.cpp's audio_ctx; 1500 is the full 30 s window).</param>
/// <param name="Elapsed">Time inside Whisper: encoding and decoding.</param>
/// <param name="QueueWait">Time spent waiting for a free processor before that.</param>
/// <param name="AudioDuration">Length of the clip.</param>
/// <param name="Segments">The segments as Whisper returned them.</param>
public sealed record SpeechTranscript(
    string Text,
    string Language,
    int AudioContext,
    TimeSpan Elapsed,
    TimeSpan QueueWait,
    TimeSpan AudioDuration,
    IReadOnlyList<TranscriptSegment> Segments);
