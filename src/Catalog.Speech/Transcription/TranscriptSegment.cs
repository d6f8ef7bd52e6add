namespace Catalog.Speech.Transcription;

/// <summary>One stretch of recognised speech, timed from the start of the clip.</summary>
public sealed record TranscriptSegment(TimeSpan Start, TimeSpan End, string Text);
