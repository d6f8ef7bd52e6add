using Catalog.Audio.Tests.Support;

namespace Catalog.Audio.Tests;

public sealed class WavDecoderFormatTests
{
    [Fact]
    public void Decodes_8_bit_unsigned_pcm_around_128()
    {
        var wav = new WavBuilder { BitsPerSample = 8, Data = SampleBytes.UInt8(128, 192, 0, 255, 64) }.Build();

        var samples = WavDecoder.DecodeMono(wav, out var info);

        Assert.Equal([0f, 0.5f, -1f, 127f / 128, -0.5f], samples);
        Assert.Equal(new WavFormat(SampleEncoding.Pcm, 1, 16_000, 8, false), info.Format);
    }

    [Fact]
    public void Decodes_16_bit_pcm()
    {
        var wav = WavBuilder.Pcm16Mono(0, 16384, -32768, 32767, -8192).Build();

        Assert.Equal([0f, 0.5f, -1f, 32767f / 32768, -0.25f], WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Decodes_24_bit_pcm_with_sign_extension()
    {
        var wav = new WavBuilder { BitsPerSample = 24, Data = SampleBytes.Int24(0, 0x400000, -8388608, 8388607, -1) }.Build();

        Assert.Equal([0f, 0.5f, -1f, 8388607f / 8388608, -1f / 8388608], WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Decodes_32_bit_pcm()
    {
        var wav = new WavBuilder { BitsPerSample = 32, Data = SampleBytes.Int32(0, 0x40000000, int.MinValue, -0x20000000) }.Build();

        Assert.Equal([0f, 0.5f, -1f, -0.25f], WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Decodes_32_bit_float()
    {
        var wav = new WavBuilder { FormatTag = 3, BitsPerSample = 32, Data = SampleBytes.Float32(0.1f, -0.75f, 1.5f) }.Build();

        var samples = WavDecoder.DecodeMono(wav, out var info);

        Assert.Equal([0.1f, -0.75f, 1.5f], samples);
        Assert.Equal(SampleEncoding.IeeeFloat, info.Format.Encoding);
    }

    [Fact]
    public void Decodes_64_bit_float()
    {
        var wav = new WavBuilder { FormatTag = 3, BitsPerSample = 64, Data = SampleBytes.Float64(0.1, -0.75, 0.3) }.Build();

        var samples = WavDecoder.DecodeMono(wav, out var info);

        Assert.Equal([0.1f, -0.75f, 0.3f], samples);
        Assert.Equal(64, info.Format.BitsPerSample);
    }

    [Fact]
    public void Replaces_non_finite_float_samples_with_silence()
    {
        var wav = new WavBuilder { FormatTag = 3, BitsPerSample = 32, Data = SampleBytes.Float32(float.NaN, 0.5f, float.PositiveInfinity) }.Build();

        Assert.Equal([0f, 0.5f, 0f], WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Decodes_extensible_pcm()
    {
        var wav = new WavBuilder { SubFormat = WavBuilder.PcmSubFormat, BitsPerSample = 24, Data = SampleBytes.Int24(0x400000, -0x200000) }.Build();

        var samples = WavDecoder.DecodeMono(wav, out var info);

        Assert.Equal([0.5f, -0.25f], samples);
        Assert.True(info.Format.Extensible);
        Assert.Equal(SampleEncoding.Pcm, info.Format.Encoding);
    }

    [Fact]
    public void Decodes_extensible_float()
    {
        var wav = new WavBuilder { SubFormat = WavBuilder.FloatSubFormat, BitsPerSample = 32, Data = SampleBytes.Float32(0.25f, -0.125f) }.Build();

        var samples = WavDecoder.DecodeMono(wav, out var info);

        Assert.Equal([0.25f, -0.125f], samples);
        Assert.Equal(SampleEncoding.IeeeFloat, info.Format.Encoding);
    }

    [Fact]
    public void Decodes_extensible_20_bit_samples_in_24_bit_containers()
    {
        // 20 valid bits are left-justified in the container, so the low nibble is zero and the value reads as 24-bit.
        var wav = new WavBuilder { SubFormat = WavBuilder.PcmSubFormat, BitsPerSample = 24, ValidBits = 20, Data = SampleBytes.Int24(0x400000) }.Build();

        Assert.Equal([0.5f], WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Averages_stereo_to_mono()
    {
        var wav = new WavBuilder { Channels = 2, Data = SampleBytes.Int16(16384, -8192, -32768, -32768, 8192, 0) }.Build();

        Assert.Equal([0.125f, -1f, 0.125f], WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Averages_six_float_channels_to_mono()
    {
        var wav = new WavBuilder { FormatTag = 3, BitsPerSample = 32, Channels = 6, Data = SampleBytes.Float32(0.6f, 0f, 0f, 0f, 0f, 0f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f) }.Build();

        var samples = WavDecoder.DecodeMono(wav, out var info);

        Assert.Equal(6, info.Format.Channels);
        Assert.Equal(2, samples.Length);
        Assert.Equal(0.1f, samples[0], 1e-6f);
        Assert.Equal(0.1f, samples[1], 1e-6f);
    }

    [Fact]
    public void Decodes_eight_channels_of_8_bit_pcm()
    {
        var wav = new WavBuilder { BitsPerSample = 8, Channels = 8, Data = SampleBytes.UInt8(255, 255, 255, 255, 0, 0, 0, 0) }.Build();

        Assert.Equal([-1f / 256], WavDecoder.DecodeMono(wav, out _));
    }

    [Theory]
    [InlineData(SampleEncoding.Pcm, 8, 1.0 / 128)]
    [InlineData(SampleEncoding.Pcm, 16, 1.0 / 32768)]
    [InlineData(SampleEncoding.Pcm, 24, 1e-6)]
    [InlineData(SampleEncoding.Pcm, 32, 1e-6)]
    [InlineData(SampleEncoding.IeeeFloat, 32, 0)]
    [InlineData(SampleEncoding.IeeeFloat, 64, 1e-7)]
    public void Decodes_a_sine_in_every_layout_to_within_its_quantisation(SampleEncoding encoding, int bits, double tolerance)
    {
        var sine = Signals.Sine(440, 16_000, 0.05, amplitude: 0.8);
        var wav = new WavBuilder { FormatTag = encoding == SampleEncoding.Pcm ? (ushort)1 : (ushort)3, BitsPerSample = bits, Data = SampleBytes.Encode(sine, encoding, bits) }.Build();

        var samples = WavDecoder.DecodeMono(wav, out _);

        Assert.Equal(sine.Length, samples.Length);
        Assert.All(Enumerable.Range(0, sine.Length), i => Assert.InRange(samples[i] - sine[i], -tolerance - 1e-9, tolerance + 1e-9));
    }

    [Fact]
    public void Reports_layout_and_duration_without_decoding()
    {
        var wav = new WavBuilder { Channels = 2, SampleRate = 44_100, Data = new byte[44_100 * 4 / 2] }.Build();

        var info = WavDecoder.ReadInfo(wav);

        Assert.Equal(44, info.DataOffset);
        Assert.Equal(22_050, info.FrameCount);
        Assert.Equal(TimeSpan.FromSeconds(0.5), info.Duration);
        Assert.Equal(4, info.Format.BlockAlign);
    }
}
