namespace Catalog.Speech.Tests.Support;

/// <summary>Synthetic 16 kHz clips: no speech engine is needed, and the same seed gives the same samples.</summary>
internal static class TestAudio
{
    public const int SampleRate = 16_000;

    /// <summary>A rising sweep from 200 Hz to 2 kHz with a little white noise.</summary>
    public static float[] ChirpWithNoise(double seconds, int seed = 7)
    {
        var random = new Random(seed);
        var samples = new float[(int)(seconds * SampleRate)];
        const double startHz = 200;
        const double endHz = 2000;
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / (double)SampleRate;
            var phase = 2 * Math.PI * ((startHz * t) + ((endHz - startHz) * t * t / (2 * seconds)));
            samples[i] = (float)((0.3 * Math.Sin(phase)) + (0.02 * ((random.NextDouble() * 2) - 1)));
        }

        return samples;
    }
}
