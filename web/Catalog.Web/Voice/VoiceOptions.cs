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

    /// <summary>Silence after speech that ends listening (click-to-toggle; press-to-talk ends on release).</summary>
    public TimeSpan TrailingSilence { get; set; } = TimeSpan.FromSeconds(1.2);

    /// <summary>
    /// A pause this long while listening sends the audio so far as a draft search, shown at once and
    /// kept if no more speech follows; zero turns drafts off. It must be shorter than <see cref="TrailingSilence"/>.
    /// </summary>
    public TimeSpan DraftPause { get; set; } = TimeSpan.FromMilliseconds(350);

    /// <exception cref="InvalidOperationException">A pause is out of range; the message names the setting.</exception>
    public void Validate()
    {
        if (TrailingSilence <= TimeSpan.Zero || TrailingSilence > TimeSpan.FromSeconds(10))
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(TrailingSilence)} must be more than 0 and at most 10 s; it is {TrailingSilence}.");
        }

        if (DraftPause < TimeSpan.Zero || (DraftPause > TimeSpan.Zero && DraftPause >= TrailingSilence))
        {
            throw new InvalidOperationException(
                $"{SectionName}:{nameof(DraftPause)} must be 0 (no drafts) or shorter than {nameof(TrailingSilence)} ({TrailingSilence}); it is {DraftPause}.");
        }
    }
}
