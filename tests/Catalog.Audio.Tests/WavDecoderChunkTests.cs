using Catalog.Audio.Tests.Support;

namespace Catalog.Audio.Tests;

/// <summary>Layouts real writers produce: extra chunks, padding, and sizes that do not add up.</summary>
public sealed class WavDecoderChunkTests
{
    private static readonly short[] Known = [1000, -2000, 3000, -4000];
    private static readonly float[] KnownFloats = [1000f / 32768, -2000f / 32768, 3000f / 32768, -4000f / 32768];

    [Fact]
    public void Skips_list_fact_and_unknown_chunks_around_fmt_and_data()
    {
        var wav = (WavBuilder.Pcm16Mono(Known) with
        {
            ChunksBeforeFormat = [("JUNK", new byte[28])],
            ChunksBeforeData = [("LIST", "INFOISFT\u0004\0\0\0Lavf"u8.ToArray()), ("fact", new byte[4]), ("bext", new byte[602])],
            ChunksAfterData = [("id3 ", new byte[10])],
        }).Build();

        Assert.Equal(KnownFloats, WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Honours_the_pad_byte_after_an_odd_sized_chunk()
    {
        // The 3-byte chunk is followed by one pad byte; reading the next header one byte early would miss fmt.
        var wav = (WavBuilder.Pcm16Mono(Known) with { ChunksBeforeFormat = [("odd ", [1, 2, 3])], ChunksBeforeData = [("note", [9])] }).Build();

        Assert.Equal(KnownFloats, WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Stops_at_the_declared_data_size_when_chunks_follow()
    {
        var wav = (WavBuilder.Pcm16Mono(Known) with { ChunksAfterData = [("LIST", new byte[64])] }).Build();

        Assert.Equal(KnownFloats, WavDecoder.DecodeMono(wav, out _));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(0xFFFFFFFFu)]
    [InlineData(1_000_000u)]
    public void Uses_the_bytes_present_when_the_data_size_is_a_placeholder_or_too_large(uint declared)
    {
        var wav = (WavBuilder.Pcm16Mono(Known) with { DeclaredDataSize = declared }).Build();

        var samples = WavDecoder.DecodeMono(wav, out var info);

        Assert.Equal(KnownFloats, samples);
        Assert.Equal(8, info.DataLength);
    }

    [Fact]
    public void Drops_a_trailing_partial_frame()
    {
        // A stereo 16-bit upload cut off one byte into its last frame.
        var data = SampleBytes.Int16(16384, 16384, -16384, -16384, 1000).AsSpan(0, 9).ToArray();
        var wav = new WavBuilder { Channels = 2, Data = data, DeclaredDataSize = 0xFFFFFFFF }.Build();

        var samples = WavDecoder.DecodeMono(wav, out var info);

        Assert.Equal([0.5f, -0.5f], samples);
        Assert.Equal(8, info.DataLength);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(4u)]
    [InlineData(0xFFFFFFFFu)]
    public void Ignores_a_riff_size_that_disagrees_with_the_file(uint riffSize)
    {
        var wav = (WavBuilder.Pcm16Mono(Known) with { DeclaredRiffSize = riffSize }).Build();

        Assert.Equal(KnownFloats, WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Accepts_rf64_headers_by_reading_the_bytes_present()
    {
        var wav = (WavBuilder.Pcm16Mono(Known) with { DeclaredDataSize = 0xFFFFFFFF, DeclaredRiffSize = 0xFFFFFFFF, ChunksBeforeFormat = [("ds64", new byte[28])] }).Build();
        "RF64"u8.CopyTo(wav);

        Assert.Equal(KnownFloats, WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Finds_fmt_after_data_when_data_has_a_real_size()
    {
        var fmt = new WavBuilder().Build().AsSpan(20, 16).ToArray();
        var wav = (WavBuilder.Pcm16Mono(Known) with { IncludeFormat = false, ChunksAfterData = [("fmt ", fmt)] }).Build();

        Assert.Equal(KnownFloats, WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Uses_the_first_fmt_and_data_chunks()
    {
        var second = SampleBytes.Int16(5, 5);
        var wav = (WavBuilder.Pcm16Mono(Known) with { ChunksAfterData = [("data", second)] }).Build();

        Assert.Equal(KnownFloats, WavDecoder.DecodeMono(wav, out _));
    }

    [Fact]
    public void Accepts_pcm_narrower_than_its_container()
    {
        // 12-bit samples stored left-justified in 16 bits, as some recorders write them with the plain PCM tag.
        var wav = new WavBuilder { BitsPerSample = 12, BlockAlign = 2, Data = SampleBytes.Int16(0x4000) }.Build();

        var samples = WavDecoder.DecodeMono(wav, out var info);

        Assert.Equal([0.5f], samples);
        Assert.Equal(16, info.Format.BitsPerSample);
    }

    [Fact]
    public void Accepts_a_fmt_chunk_with_a_trailing_cb_size()
    {
        var fmt = new byte[18];
        new WavBuilder().Build().AsSpan(20, 16).CopyTo(fmt);
        var wav = (WavBuilder.Pcm16Mono(Known) with { FormatBody = fmt }).Build();

        Assert.Equal(KnownFloats, WavDecoder.DecodeMono(wav, out _));
    }
}
