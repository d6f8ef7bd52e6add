using Catalog.Audio;

namespace Catalog.Web.Voice;

/// <summary>The <c>Voice</c> section: what an upload may be, and how long a spoken search may take.</summary>
public sealed class VoiceOptions
{
    public const string SectionName = "Voice";

    public AudioLimits Limits { get; set; } = new();

    /// <summary>
    /// Decode, queue, transcription and search together: past it the viewer gets a message rather
    /// than a microphone stuck on "working out what you said".
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
