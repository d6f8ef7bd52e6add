namespace Catalog.Audio.Tests.Support;

/// <summary>Test signals and the measurements that check them.</summary>
internal static class Signals
{
    public static float[] Sine(double frequency, int sampleRate, double seconds, double amplitude = 0.5)
    {
        var samples = new float[(int)Math.Round(seconds * sampleRate)];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)(amplitude * Math.Sin(2 * Math.PI * frequency * i / sampleRate));
        }

        return samples;
    }

    /// <summary>
    /// Amplitude of the component at <paramref name="frequency"/>, by a Hann-windowed Goertzel filter
    /// (the window keeps leakage from a non-integer number of cycles from blurring the reading).
    /// </summary>
    public static double Amplitude(ReadOnlySpan<float> samples, int sampleRate, double frequency)
    {
        var omega = 2 * Math.PI * frequency / sampleRate;
        var coefficient = 2 * Math.Cos(omega);
        double s1 = 0, s2 = 0, windowSum = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            var window = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (samples.Length - 1)));
            windowSum += window;
            var s0 = (samples[i] * window) + (coefficient * s1) - s2;
            s2 = s1;
            s1 = s0;
        }

        var power = (s1 * s1) + (s2 * s2) - (coefficient * s1 * s2);
        return 2 * Math.Sqrt(Math.Max(power, 0)) / windowSum;
    }

    /// <summary>Frequency from upward zero crossings, interpolated between samples.</summary>
    public static double ZeroCrossingFrequency(ReadOnlySpan<float> samples, int sampleRate)
    {
        double first = -1, last = -1;
        var crossings = 0;
        for (var i = 1; i < samples.Length; i++)
        {
            if (samples[i - 1] < 0 && samples[i] >= 0)
            {
                var at = i - 1 + (samples[i - 1] / (samples[i - 1] - samples[i]));
                first = first < 0 ? at : first;
                last = at;
                crossings++;
            }
        }

        return crossings < 2 ? 0 : (crossings - 1) * sampleRate / (last - first);
    }

    public static double Rms(ReadOnlySpan<float> samples)
    {
        var sum = 0.0;
        foreach (var s in samples)
        {
            sum += s * s;
        }

        return Math.Sqrt(sum / samples.Length);
    }

    /// <summary>The samples without their first and last <paramref name="seconds"/>, where filters see the signal's edges.</summary>
    public static ReadOnlySpan<float> Middle(float[] samples, int sampleRate, double seconds = 0.05)
    {
        var trim = (int)(seconds * sampleRate);
        return samples.AsSpan(trim, samples.Length - (2 * trim));
    }
}
