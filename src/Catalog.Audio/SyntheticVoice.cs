namespace Catalog.Audio;

/// <summary>
/// Sound a recogniser takes for a voice, for benchmarks and tests where no recording can be had: a
/// fundamental gliding from 110 to 220 Hz with 16 harmonics falling off as 1/k (a glottal-pulse-like
/// spectrum up to about 3.5 kHz), shaped by a 4 Hz syllable envelope, plus a little white noise.
/// Whisper's encoder costs the same whatever the sound, so this times it as real speech would.
/// </summary>
public static class SyntheticVoice
{
    /// <returns>Interleaved samples, every channel the same when <paramref name="channels"/> is more than one.</returns>
    public static float[] Generate(double seconds, int sampleRate = DecodedAudio.SampleRate, int channels = 1, int seed = 7)
    {
        var random = new Random(seed);
        var frames = (int)Math.Round(seconds * sampleRate);
        var samples = new float[frames * channels];
        var phase = 0.0;
        for (var i = 0; i < frames; i++)
        {
            var t = i / (double)sampleRate;
            phase += 2 * Math.PI * (110 + (110 * t / seconds)) / sampleRate;
            var harmonics = 0.0;
            for (var k = 1; k <= 16; k++)
            {
                harmonics += Math.Sin(k * phase) / k;
            }

            var envelope = 0.55 - (0.45 * Math.Cos(2 * Math.PI * 4 * t));
            var value = (float)((0.12 * envelope * harmonics) + (0.01 * ((random.NextDouble() * 2) - 1)));
            samples.AsSpan(i * channels, channels).Fill(value);
        }

        return samples;
    }
}
