using Catalog.Audio.Tests.Support;

namespace Catalog.Audio.Tests;

public sealed class ResamplerTests
{
    private const int Target = 16_000;

    [Theory]
    [InlineData(44_100, 1_000.0)]
    [InlineData(44_100, 5_000.0)]
    [InlineData(48_000, 3_000.0)]
    [InlineData(22_050, 440.0)]
    [InlineData(8_000, 1_000.0)]
    [InlineData(8_000, 2_500.0)]
    [InlineData(11_025, 2_000.0)]
    [InlineData(32_000, 700.0)]
    [InlineData(96_000, 1_234.0)]
    [InlineData(192_000, 6_000.0)]
    [InlineData(44_099, 1_000.0)]
    public void Keeps_frequency_and_amplitude_of_an_in_band_sine(int rate, double frequency)
    {
        var input = Signals.Sine(frequency, rate, seconds: 1.0, amplitude: 0.5);

        var output = Resampler.ToWhisperRate(input, rate);

        var middle = Signals.Middle(output, Target);
        Assert.Equal(frequency, Signals.ZeroCrossingFrequency(middle, Target), frequency * 0.001);
        Assert.Equal(0.5, Signals.Amplitude(middle, Target, frequency), 0.005);
    }

    [Theory]
    [InlineData(44_100, 44_100, 16_000)]
    [InlineData(48_000, 24_000, 8_000)]
    [InlineData(22_050, 11_025, 8_000)]
    [InlineData(8_000, 8_000, 16_000)]
    [InlineData(48_000, 1, 1)]
    [InlineData(48_000, 4, 2)]
    [InlineData(44_100, 100, 37)]
    public void Produces_ceil_of_length_times_ratio_samples(int rate, int inputLength, int expectedLength) =>
        Assert.Equal(expectedLength, Resampler.ToWhisperRate(new float[inputLength], rate).Length);

    [Fact]
    public void Suppresses_a_12_khz_tone_at_48_khz_instead_of_aliasing_it_to_4_khz()
    {
        var input = Signals.Sine(12_000, 48_000, seconds: 1.0, amplitude: 0.5);

        var output = Resampler.ToWhisperRate(input, 48_000);

        var middle = Signals.Middle(output, Target);
        Assert.True(Signals.Amplitude(middle, Target, 4_000) < 0.5e-3, "the alias at 4 kHz is at least 60 dB down");
        Assert.True(Signals.Rms(middle) < 0.5e-3, "nothing else leaks through either");
    }

    [Theory]
    [InlineData(44_100, 9_000.0)]
    [InlineData(44_100, 15_000.0)]
    [InlineData(22_050, 10_000.0)]
    [InlineData(96_000, 30_000.0)]
    public void Suppresses_content_above_8_khz_when_downsampling(int rate, double frequency)
    {
        var output = Resampler.ToWhisperRate(Signals.Sine(frequency, rate, seconds: 0.5), rate);

        Assert.True(Signals.Rms(Signals.Middle(output, Target)) < 1e-3);
    }

    [Fact]
    public void Upsampling_8_khz_leaves_no_image_above_4_khz()
    {
        var output = Resampler.ToWhisperRate(Signals.Sine(1_000, 8_000, seconds: 1.0), 8_000);

        var middle = Signals.Middle(output, Target);
        Assert.True(Signals.Amplitude(middle, Target, 7_000) < 0.5e-3, "the image of 1 kHz at 7 kHz is at least 60 dB down");
    }

    [Fact]
    public void Keeps_a_constant_signal_constant()
    {
        var input = Enumerable.Repeat(0.3f, 44_100).ToArray();

        var output = Resampler.ToWhisperRate(input, 44_100);

        Assert.All(output.AsSpan(200, output.Length - 400).ToArray(), s => Assert.Equal(0.3f, s, 1e-5f));
    }

    [Fact]
    public void Does_not_delay_the_signal()
    {
        // A click at exactly 0.5 s must come out at 0.5 s: a linear-phase filter centred on each output sample.
        var input = new float[48_000];
        input[24_000] = 1;

        var output = Resampler.ToWhisperRate(input, 48_000);

        Assert.Equal(8_000, Array.IndexOf(output, output.Max()));
    }

    [Fact]
    public void Returns_a_copy_of_16_khz_input_unchanged()
    {
        var input = Signals.Sine(440, Target, 0.1);

        var output = Resampler.ToWhisperRate(input, Target);

        Assert.Equal(input, output);
        Assert.NotSame(input, output);
    }

    [Fact]
    public void Resamples_empty_input_to_empty_output() =>
        Assert.Empty(Resampler.ToWhisperRate([], 44_100));

    [Fact]
    public void Rejects_non_positive_rates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Resampler.Resample(new float[4], 0, Target));
        Assert.Throws<ArgumentOutOfRangeException>(() => Resampler.Resample(new float[4], 48_000, -1));
    }
}
