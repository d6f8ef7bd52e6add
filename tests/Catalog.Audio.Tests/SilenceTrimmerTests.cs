namespace Catalog.Audio.Tests;

public sealed class SilenceTrimmerTests
{
    private const int Rate = 16_000;

    private static float[] Clip(double silenceBefore, double tone, double silenceAfter, float noise = 0.0005f)
    {
        var random = new Random(5);
        var samples = new float[(int)((silenceBefore + tone + silenceAfter) * Rate)];
        var toneStart = (int)(silenceBefore * Rate);
        var toneEnd = toneStart + (int)(tone * Rate);
        for (var i = 0; i < samples.Length; i++)
        {
            var signal = i >= toneStart && i < toneEnd ? 0.2 * Math.Sin(2 * Math.PI * 300 * i / Rate) : 0;
            samples[i] = (float)(signal + (noise * ((random.NextDouble() * 2) - 1)));
        }

        return samples;
    }

    [Fact]
    public void Leading_and_trailing_silence_is_cut_to_the_margin()
    {
        var trimmed = SilenceTrimmer.Trim(Clip(1.0, 2.0, 1.5), Rate);

        var expected = (2.0 + (2 * SilenceTrimmer.Margin.TotalSeconds)) * Rate;
        Assert.InRange(trimmed.Length, expected - (0.04 * Rate), expected + (0.04 * Rate));
        Assert.True(Rms(trimmed.Span[..(int)(0.2 * Rate)]) < 0.001, "the margin before the tone is quiet");
        Assert.True(Rms(trimmed.Span[(int)(0.3 * Rate)..(int)(0.32 * Rate)]) > 0.1, "the tone starts about one margin in");
    }

    [Fact]
    public void A_clip_without_silence_is_kept_whole()
    {
        var clip = Clip(0, 2.0, 0);

        Assert.Equal(clip.Length, SilenceTrimmer.Trim(clip, Rate).Length);
    }

    [Fact]
    public void Pure_silence_is_kept_whole_rather_than_emptied()
    {
        var clip = Clip(1.0, 0, 0);

        Assert.Equal(clip.Length, SilenceTrimmer.Trim(clip, Rate).Length);
    }

    [Fact]
    public void A_pause_inside_speech_is_kept()
    {
        var first = Clip(0.5, 1.0, 0.8);
        var second = Clip(0, 1.0, 0.5);
        var joined = first.Concat(second).ToArray();

        var trimmed = SilenceTrimmer.Trim(joined, Rate);

        var expected = (1.0 + 0.8 + 1.0 + (2 * SilenceTrimmer.Margin.TotalSeconds)) * Rate;
        Assert.InRange(trimmed.Length, expected - (0.04 * Rate), expected + (0.04 * Rate));
    }

    private static double Rms(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (var sample in samples)
        {
            sum += sample * sample;
        }

        return Math.Sqrt(sum / samples.Length);
    }
}
