using System.Buffers.Binary;
using Catalog.Audio.Tests.Support;

namespace Catalog.Audio.Tests;

public sealed class WavEncoderTests
{
    [Fact]
    public void Round_trips_16_bit_pcm_within_one_step()
    {
        var sine = Signals.Sine(523.25, 16_000, 0.25, amplitude: 0.9);

        var decoded = WavDecoder.DecodeMono(WavEncoder.EncodePcm16(sine, 16_000), out var info);

        Assert.Equal(new WavFormat(SampleEncoding.Pcm, 1, 16_000, 16, false), info.Format);
        Assert.All(Enumerable.Range(0, sine.Length), i => Assert.InRange(Math.Abs(decoded[i] - sine[i]), 0, 0.5 / 32768 + 1e-9));
    }

    [Fact]
    public void Round_trips_32_bit_float_exactly()
    {
        var sine = Signals.Sine(523.25, 44_100, 0.1, amplitude: 1.2);

        var decoded = WavDecoder.DecodeMono(WavEncoder.EncodeFloat32(sine, 44_100), out var info);

        Assert.Equal(sine, decoded);
        Assert.Equal(new WavFormat(SampleEncoding.IeeeFloat, 1, 44_100, 32, false), info.Format);
    }

    [Fact]
    public void Writes_the_canonical_44_byte_header()
    {
        var wav = WavEncoder.EncodePcm16([0.5f, -0.5f, 0.25f, 0f], 48_000, channels: 2);

        Assert.Equal(52, wav.Length);
        Assert.Equal("RIFF"u8.ToArray(), wav[..4]);
        Assert.Equal(44u, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(4)));
        Assert.Equal("WAVEfmt "u8.ToArray(), wav[8..16]);
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(16)));
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(wav.AsSpan(22)));
        Assert.Equal(192_000u, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(28)));
        Assert.Equal(4, BinaryPrimitives.ReadUInt16LittleEndian(wav.AsSpan(32)));
        Assert.Equal("data"u8.ToArray(), wav[36..40]);
        Assert.Equal(8u, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(40)));
        Assert.Equal(SampleBytes.Int16(16384, -16384, 8192, 0), wav[44..]);
    }

    [Fact]
    public void Clamps_out_of_range_samples_instead_of_wrapping()
    {
        var wav = WavEncoder.EncodePcm16([1.5f, -3f, 1f], 16_000);

        Assert.Equal(SampleBytes.Int16(32767, -32768, 32767), wav[44..]);
    }

    [Fact]
    public void Stereo_round_trip_decodes_to_the_channel_average()
    {
        var wav = WavEncoder.EncodeFloat32([0.5f, 0.25f, -1f, 0f], 16_000, channels: 2);

        Assert.Equal([0.375f, -0.5f], WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Rejects_samples_that_are_not_whole_frames() =>
        Assert.Throws<ArgumentException>(() => WavEncoder.EncodePcm16(new float[3], 16_000, channels: 2));
}
