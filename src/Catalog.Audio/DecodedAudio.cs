namespace Catalog.Audio;

/// <summary>An upload turned into what Whisper takes: 16 kHz mono floats, plus what it was before, for logs.</summary>
/// <param name="Samples">Mono samples at 16 kHz, nominally in [-1, 1].</param>
/// <param name="OriginalFormat">The uploaded file's sample layout (rate, channels, bits, PCM or float).</param>
public sealed record DecodedAudio(float[] Samples, WavFormat OriginalFormat)
{
    public const int SampleRate = Resampler.WhisperRate;

    public int OriginalSampleRate => OriginalFormat.SampleRate;

    public int OriginalChannels => OriginalFormat.Channels;

    public int OriginalBitsPerSample => OriginalFormat.BitsPerSample;

    public SampleEncoding OriginalEncoding => OriginalFormat.Encoding;

    public TimeSpan Duration => TimeSpan.FromSeconds((double)Samples.Length / SampleRate);
}
