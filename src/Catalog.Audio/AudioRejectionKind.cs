namespace Catalog.Audio;

/// <summary>
/// Why an upload was refused. Each kind maps to one HTTP status
/// (<see cref="AudioRejectionKindExtensions.RecommendedHttpStatus"/>): the two "too much" kinds are 413,
/// everything else is the client sending something unusable, 400.
/// </summary>
public enum AudioRejectionKind
{
    /// <summary>The body has no bytes. 400.</summary>
    Empty,

    /// <summary>The body has more bytes than <see cref="AudioLimits.MaxBytes"/>. 413.</summary>
    TooLarge,

    /// <summary>Not a RIFF/WAVE file; the message names the container when it is a known one (MP3, Ogg, WebM…). 400.</summary>
    NotWav,

    /// <summary>The file ends inside the RIFF header or inside the fmt chunk. 400.</summary>
    Truncated,

    /// <summary>No fmt chunk, so the samples cannot be interpreted. 400.</summary>
    MissingFormatChunk,

    /// <summary>No data chunk. 400.</summary>
    MissingDataChunk,

    /// <summary>A compressed or otherwise unsupported encoding (MP3 in WAV, ADPCM, µ-law, 16-bit float…). 400.</summary>
    UnsupportedEncoding,

    /// <summary>The fmt chunk contradicts itself: zero channels, zero bits, block align that does not match. 400.</summary>
    InvalidFormat,

    /// <summary>More channels than <see cref="WavDecoder.MaxChannels"/>. 400.</summary>
    UnsupportedChannelCount,

    /// <summary>Sample rate outside <see cref="WavDecoder.MinSampleRate"/>–<see cref="WavDecoder.MaxSampleRate"/>. 400.</summary>
    UnsupportedSampleRate,

    /// <summary>The data chunk holds less than one whole frame. 400.</summary>
    NoSamples,

    /// <summary>Shorter than <see cref="AudioLimits.MinDuration"/>. 400.</summary>
    TooShort,

    /// <summary>Longer than <see cref="AudioLimits.MaxDuration"/>. 413, like <see cref="TooLarge"/>: the client sent more than the server takes.</summary>
    TooLong,
}
