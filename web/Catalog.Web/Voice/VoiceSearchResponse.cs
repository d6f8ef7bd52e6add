using Catalog.Search.Searching;

namespace Catalog.Web.Voice;

/// <summary>What a spoken search heard, how it was understood, and what it found.</summary>
public sealed record VoiceSearchResponse
{
    /// <summary>Whisper's words, cleaned of non-speech markers such as "[BLANK_AUDIO]".</summary>
    public required string Transcript { get; init; }

    public required double AudioSeconds { get; init; }

    /// <summary>Encoder frames Whisper used (1500 is its full 30 s window).</summary>
    public required int AudioContext { get; init; }

    /// <summary>The search run on the transcript; null when nothing was heard.</summary>
    public SearchResponse? Search { get; init; }

    /// <summary>Milliseconds: decode, transcribe, then the search's own stages, and the total.</summary>
    public required IReadOnlyDictionary<string, double> TimingsMs { get; init; }
}
