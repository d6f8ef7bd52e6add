namespace Catalog.Audio;

/// <summary>Where the samples are and what they are, found without decoding them.</summary>
/// <param name="Format">The sample layout.</param>
/// <param name="DataOffset">Offset of the first sample byte in the file.</param>
/// <param name="DataLength">Bytes of samples actually present, cut to whole frames.</param>
public readonly record struct WavInfo(WavFormat Format, int DataOffset, int DataLength)
{
    public int FrameCount => DataLength / Format.BlockAlign;

    public TimeSpan Duration => TimeSpan.FromSeconds((double)FrameCount / Format.SampleRate);
}
