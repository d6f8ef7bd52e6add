namespace Catalog.Audio;

/// <summary>What the voice-search endpoint accepts. Bindable from configuration (init-only properties).</summary>
public sealed record AudioLimits
{
    /// <summary>2 MiB holds about 65 s of 16 kHz 16-bit mono, or 11 s of 48 kHz 16-bit stereo.</summary>
    public const long DefaultMaxBytes = 2 * 1024 * 1024;

    public static AudioLimits Default { get; } = new();

    /// <summary>Largest body accepted; one byte more is <see cref="AudioRejectionKind.TooLarge"/>.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Longest audio accepted; longer is <see cref="AudioRejectionKind.TooLong"/>.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Shortest audio accepted; shorter is <see cref="AudioRejectionKind.TooShort"/>.</summary>
    public TimeSpan MinDuration { get; init; } = TimeSpan.FromSeconds(0.1);

    /// <summary>Throws when the limits themselves are unusable, which is a configuration bug, not a bad upload.</summary>
    public void Validate()
    {
        // The body is read into one array, so the limit (plus the probe byte) must fit one.
        if (MaxBytes <= 0 || MaxBytes >= Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "MaxBytes must be positive and fit in an array.");
        }

        if (MinDuration < TimeSpan.Zero || MaxDuration <= MinDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDuration), MaxDuration, "MaxDuration must exceed MinDuration, which must not be negative.");
        }
    }
}
