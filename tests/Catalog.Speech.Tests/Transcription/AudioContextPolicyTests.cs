using Catalog.Speech.Transcription;

namespace Catalog.Speech.Tests.Transcription;

public sealed class AudioContextPolicyTests
{
    [Theory]
    [InlineData(32_000, 192)] // 2 s: 100 positions + 64 margin = 164, rounded up to 192
    [InlineData(64_000, 288)] // 4 s: 200 + 64 = 264 -> 288 (steps of 64 gave 320)
    [InlineData(128_000, 480)] // 8 s: 400 + 64 = 464 -> 480 (steps of 64 gave 512)
    [InlineData(16_000, 128)] // 1 s: 50 + 64 = 114 -> 128
    [InlineData(1, 96)] // a single sample still gets the margin: 1 + 64 = 65 -> 96
    [InlineData(240_000, 832)] // 15 s: 750 + 64 = 814 -> 832
    [InlineData(480_000, 1500)] // 30 s: capped at the model's window
    public void Auto_covers_the_clip_plus_a_margin_in_steps_of_32(int samples, int expected)
    {
        Assert.Equal(expected, AudioContextPolicy.Choose(AudioContextMode.Auto, 0, samples, 1500));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(31_999)]
    [InlineData(32_000)]
    [InlineData(100_000)]
    [InlineData(239_999)]
    public void Auto_never_leaves_less_than_the_margin_past_the_clip(int samples)
    {
        var positions = AudioContextPolicy.Choose(AudioContextMode.Auto, 0, samples, 1500);

        var clipPositions = Math.Ceiling(samples / (double)(16_000 / AudioContextPolicy.PositionsPerSecond));
        Assert.True(positions - clipPositions >= AudioContextPolicy.MarginPositions, $"{positions} positions for {clipPositions}");
        Assert.Equal(0, positions % AudioContextPolicy.Granularity);
    }

    [Fact]
    public void Full_uses_the_whole_window_and_fixed_the_configured_size_within_it()
    {
        Assert.Equal(1500, AudioContextPolicy.Choose(AudioContextMode.Full, 0, 32_000, 1500));
        Assert.Equal(512, AudioContextPolicy.Choose(AudioContextMode.Fixed, 512, 32_000, 1500));
        Assert.Equal(1500, AudioContextPolicy.Choose(AudioContextMode.Fixed, 4000, 32_000, 1500));
    }
}
