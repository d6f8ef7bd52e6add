using Catalog.Audio;

namespace Catalog.Web.Voice;

/// <summary>The <c>Voice</c> section: what an upload may be.</summary>
public sealed class VoiceOptions
{
    public const string SectionName = "Voice";

    public AudioLimits Limits { get; set; } = new();
}
