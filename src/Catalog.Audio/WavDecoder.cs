namespace Catalog.Audio;

/// <summary>Decodes RIFF/WAVE (PCM 8/16/24/32-bit, float 32/64-bit, plain or extensible) to mono floats.</summary>
public static class WavDecoder
{
    public const int MaxChannels = 8;
    public const int MinSampleRate = 8_000;
    public const int MaxSampleRate = 192_000;

    /// <summary>
    /// Reads the headers and locates the samples without decoding them, so limits on duration can be checked first.
    /// </summary>
    /// <exception cref="AudioRejectedException">The bytes are not a WAV this decoder supports.</exception>
    public static WavInfo ReadInfo(ReadOnlySpan<byte> wav) => WavParser.Parse(wav);

    /// <summary>Decodes the samples <paramref name="info"/> describes, averaging channels to mono, at the file's own rate.</summary>
    public static float[] DecodeMono(ReadOnlySpan<byte> wav, WavInfo info)
    {
        if (info.DataOffset < 0 || info.DataLength < 0 || (long)info.DataOffset + info.DataLength > wav.Length)
        {
            throw new ArgumentException("The info does not describe these bytes.", nameof(info));
        }

        return SampleDecoder.DecodeMono(wav.Slice(info.DataOffset, info.DataLength), info.Format);
    }

    /// <summary>Reads the headers and decodes to mono at the file's own rate.</summary>
    /// <exception cref="AudioRejectedException">The bytes are not a WAV this decoder supports.</exception>
    public static float[] DecodeMono(ReadOnlySpan<byte> wav, out WavInfo info)
    {
        info = ReadInfo(wav);
        return DecodeMono(wav, info);
    }
}
