namespace Catalog.Audio;

/// <summary>How the samples in a data chunk are stored.</summary>
public enum SampleEncoding
{
    /// <summary>Integer PCM: 8-bit unsigned, 16/24/32-bit signed little-endian.</summary>
    Pcm,

    /// <summary>IEEE 754 float, 32 or 64 bits, little-endian.</summary>
    IeeeFloat,
}
