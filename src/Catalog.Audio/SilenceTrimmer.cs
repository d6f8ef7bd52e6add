namespace Catalog.Audio;

/// <summary>
/// Cuts the silence before the first and after the last loud stretch of a recording, keeping a
/// margin. The browser stops only after about a second of trailing silence, and Whisper's cost
/// grows with the audio it is given (its encoder context follows the clip's length), so the
/// silence is paid for twice if it stays.
/// </summary>
public static class SilenceTrimmer
{
    private const int FrameMs = 20;

    /// <summary>Kept on each side of the speech, so soft onsets and endings are not clipped.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(250);

    /// <returns>The part worth transcribing; the whole clip when no part stands out from the rest.</returns>
    public static ReadOnlyMemory<float> Trim(ReadOnlyMemory<float> samples, int sampleRate)
    {
        var frame = sampleRate * FrameMs / 1000;
        var frames = samples.Length / frame;
        if (frames < 3)
        {
            return samples;
        }

        var levels = new double[frames];
        var span = samples.Span;
        for (var i = 0; i < frames; i++)
        {
            levels[i] = Rms(span.Slice(i * frame, frame));
        }

        var threshold = Threshold(levels);
        var first = Array.FindIndex(levels, level => level > threshold);
        var last = Array.FindLastIndex(levels, level => level > threshold);
        if (first < 0)
        {
            return samples;
        }

        var margin = (int)(Margin.TotalSeconds * sampleRate);
        var start = Math.Max(0, (first * frame) - margin);
        var end = Math.Min(samples.Length, ((last + 1) * frame) + margin);
        return samples[start..end];
    }

    /// <summary>Well above the quietest tenth of the frames (the room), and never below a faint whisper.</summary>
    private static double Threshold(double[] levels)
    {
        var sorted = (double[])levels.Clone();
        Array.Sort(sorted);
        var floor = sorted[sorted.Length / 10];
        return Math.Max(floor * 4, 0.003);
    }

    private static double Rms(ReadOnlySpan<float> frame)
    {
        double sum = 0;
        foreach (var sample in frame)
        {
            sum += sample * sample;
        }

        return Math.Sqrt(sum / frame.Length);
    }
}
