namespace Catalog.Cli.Commands;

/// <summary>
/// Speech-like test clips: a voiced buzz (harmonics of a wandering pitch) switched on and off at a
/// syllable rate, with a little noise. Whisper's encoder costs the same whatever the sound; the
/// decoder is capped in tokens, so the content only has to look like speech, not be words.
/// </summary>
internal static class SpeechBenchClips
{
    public const int SampleRate = 16_000;

    public static float[] Voiced(double seconds, int seed = 11)
    {
        var random = new Random(seed);
        var samples = new float[(int)(seconds * SampleRate)];
        var phase = 0.0;
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / (double)SampleRate;
            var pitch = 120 + (30 * Math.Sin(2 * Math.PI * 0.7 * t));
            phase += 2 * Math.PI * pitch / SampleRate;
            var envelope = Math.Max(0, Math.Sin(2 * Math.PI * 4 * t));
            var voiced = 0.0;
            for (var harmonic = 1; harmonic <= 12; harmonic++)
            {
                voiced += Math.Sin(harmonic * phase) / harmonic;
            }

            samples[i] = (float)((0.2 * envelope * voiced) + (0.01 * ((random.NextDouble() * 2) - 1)));
        }

        return samples;
    }
}
