namespace Catalog.Audio;

/// <summary>The validated contents of a fmt chunk, reduced to what decoding needs.</summary>
/// <param name="Encoding">PCM or float, after resolving WAVE_FORMAT_EXTENSIBLE.</param>
/// <param name="Channels">Interleaved channels per frame.</param>
/// <param name="SampleRate">Frames per second.</param>
/// <param name="BitsPerSample">Container size of one sample (8, 16, 24, 32 or 64).</param>
/// <param name="Extensible">Whether the file used WAVE_FORMAT_EXTENSIBLE (0xFFFE).</param>
public readonly record struct WavFormat(SampleEncoding Encoding, int Channels, int SampleRate, int BitsPerSample, bool Extensible)
{
    public int BytesPerSample => BitsPerSample / 8;

    public int BlockAlign => Channels * BytesPerSample;

    public override string ToString() =>
        $"{BitsPerSample}-bit {(Encoding == SampleEncoding.Pcm ? "PCM" : "float")}, {Channels} ch, {SampleRate} Hz{(Extensible ? " (extensible)" : "")}";
}
