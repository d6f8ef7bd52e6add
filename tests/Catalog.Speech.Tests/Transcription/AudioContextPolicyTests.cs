using Catalog.Speech.Transcription;

namespace Catalog.Speech.Tests.Transcription;

public sealed class AudioContextPolicyTests
{
    [Theory]
    [InlineData(32_000, 192)] // 2 s: 100 positions + 64 margin = 164, rounded up to 192
    [InlineData(16_000, 128)] // 1 s: 50 + 64 = 114 -> 128
    [InlineData(1, 128)] // a single sample still gets the margin
    [InlineData(240_000, 832)] // 15 s: 750 + 64 = 814 -> 832
    [InlineData(480_000, 1500)] // 30 s: capped at the model's window
    public void Auto_covers_the_clip_plus_a_margin_in_steps_of_64(int samples, int expected)
    {
        Assert.Equal(expected, AudioContextPolicy.Choose(AudioContextMode.Auto, 0, samples, 1500));
    }

    [Fact]
    public void Full_uses_the_whole_window_and_fixed_the_configured_size_within_it()
    {
        Assert.Equal(1500, AudioContextPolicy.Choose(AudioContextMode.Full, 0, 32_000, 1500));
        Assert.Equal(512, AudioContextPolicy.Choose(AudioContextMode.Fixed, 512, 32_000, 1500));
        Assert.Equal(1500, AudioContextPolicy.Choose(AudioContextMode.Fixed, 4000, 32_000, 1500));
    }
}
