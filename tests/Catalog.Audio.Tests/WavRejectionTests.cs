using Catalog.Audio.Tests.Support;

namespace Catalog.Audio.Tests;

/// <summary>Every refusal carries its kind and a message that names the problem.</summary>
public sealed class WavRejectionTests
{
    private static readonly byte[] Valid = WavBuilder.Pcm16Mono(1, 2, 3, 4).Build();

    [Fact]
    public void Rejects_an_empty_upload() =>
        AssertRejected([], AudioRejectionKind.Empty, "empty");

    [Fact]
    public void Rejects_random_bytes_as_not_wav()
    {
        var noise = new byte[4096];
        new Random(20240611).NextBytes(noise);

        AssertRejected(noise, AudioRejectionKind.NotWav, "not a WAV", Convert.ToHexString(noise, 0, 4));
    }

    [Fact]
    public void Rejects_text_as_not_wav() =>
        AssertRejected("{\"query\":\"sci-fi\"}"u8.ToArray(), AudioRejectionKind.NotWav, "not a WAV", "RIFF");

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(11)]
    public void Rejects_a_file_cut_off_inside_the_riff_header(int length) =>
        AssertRejected(Valid[..length], AudioRejectionKind.Truncated, $"only {length} bytes");

    [Fact]
    public void Rejects_a_file_cut_off_inside_the_fmt_chunk() =>
        AssertRejected(Valid[..30], AudioRejectionKind.Truncated, "fmt chunk declares 16 bytes but only 10");

    [Fact]
    public void Rejects_a_file_cut_off_inside_the_data_chunk_header() =>
        AssertRejected(Valid[..40], AudioRejectionKind.Truncated, "chunk header", "data");

    [Fact]
    public void Rejects_a_header_with_no_samples() =>
        AssertRejected(Valid[..44], AudioRejectionKind.NoSamples, "no samples");

    [Fact]
    public void Rejects_a_data_chunk_smaller_than_one_frame() =>
        AssertRejected(new WavBuilder { Channels = 2, Data = [1, 2, 3] }.Build(), AudioRejectionKind.NoSamples, "3 bytes", "4-byte frame");

    [Theory]
    [InlineData(new byte[] { 0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0 }, "MP3")]
    [InlineData(new byte[] { 0xFF, 0xFB, 0x90, 0x64, 0, 0 }, "MP3")]
    [InlineData(new byte[] { 0xFF, 0xF1, 0x50, 0x80, 0, 0 }, "AAC")]
    [InlineData(new byte[] { 0x66, 0x4C, 0x61, 0x43, 0, 0, 0, 0x22 }, "FLAC")]
    [InlineData(new byte[] { 0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x4D, 0x34, 0x41, 0x20 }, "MP4")]
    [InlineData(new byte[] { 0x46, 0x4F, 0x52, 0x4D, 0, 0, 0, 4, 0x41, 0x49, 0x46, 0x46 }, "AIFF")]
    public void Names_other_audio_containers(byte[] magic, string name) =>
        AssertRejected(magic, AudioRejectionKind.NotWav, name, "send WAV (PCM)");

    [Fact]
    public void Names_ogg_opus() =>
        AssertRejected([.. "OggS"u8, .. new byte[24], .. "OpusHead"u8], AudioRejectionKind.NotWav, "Ogg/Opus audio");

    [Fact]
    public void Names_webm_opus_as_chrome_records_it()
    {
        byte[] webm = [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84, .. "webm"u8, .. new byte[40], 0x86, 0x86, .. "A_OPUS"u8, .. new byte[100]];

        AssertRejected(webm, AudioRejectionKind.NotWav, "this is WebM/Opus audio; send WAV (PCM)");
    }

    [Fact]
    public void Names_a_riff_file_that_is_not_wave() =>
        AssertRejected([.. "RIFF"u8, 4, 0, 0, 0, .. "AVI "u8, .. new byte[16]], AudioRejectionKind.NotWav, "'AVI '");

    [Theory]
    [InlineData(0x0055, "MP3")]
    [InlineData(0x0002, "Microsoft ADPCM")]
    [InlineData(0x0011, "IMA ADPCM")]
    [InlineData(0x0006, "A-law")]
    [InlineData(0x0007, "µ-law")]
    [InlineData(0x0031, "GSM 6.10")]
    [InlineData(0x1234, "format tag 0x1234")]
    public void Names_compressed_format_tags(int tag, string name) =>
        AssertRejected(new WavBuilder { FormatTag = (ushort)tag, Data = new byte[64] }.Build(), AudioRejectionKind.UnsupportedEncoding, name, "uncompressed");

    [Fact]
    public void Names_a_compressed_extensible_sub_format() =>
        AssertRejected(
            new WavBuilder { SubFormat = new Guid("00000055-0000-0010-8000-00aa00389b71"), Data = new byte[64] }.Build(),
            AudioRejectionKind.UnsupportedEncoding, "MP3");

    [Fact]
    public void Rejects_an_unknown_extensible_sub_format()
    {
        var guid = new Guid("6dba3190-67bd-11cf-a0f7-0020afd156e4");

        AssertRejected(new WavBuilder { SubFormat = guid, Data = new byte[64] }.Build(), AudioRejectionKind.UnsupportedEncoding, "sub-format", guid.ToString());
    }

    [Fact]
    public void Rejects_zero_channels() =>
        AssertRejected(new WavBuilder { Channels = 0, BlockAlign = 2, Data = new byte[64] }.Build(), AudioRejectionKind.InvalidFormat, "zero channels");

    [Fact]
    public void Rejects_more_than_eight_channels() =>
        AssertRejected(new WavBuilder { Channels = 9, Data = new byte[72] }.Build(), AudioRejectionKind.UnsupportedChannelCount, "9 channels", "at most 8");

    [Theory]
    [InlineData(4_000u)]
    [InlineData(7_999u)]
    [InlineData(192_001u)]
    [InlineData(0u)]
    [InlineData(uint.MaxValue)]
    public void Rejects_sample_rates_outside_8_to_192_khz(uint rate) =>
        AssertRejected(new WavBuilder { SampleRate = rate, Data = new byte[64] }.Build(), AudioRejectionKind.UnsupportedSampleRate, $"{rate} Hz", "8000–192000");

    [Fact]
    public void Rejects_a_block_align_that_does_not_match_the_layout() =>
        AssertRejected(new WavBuilder { Channels = 2, BlockAlign = 3, Data = new byte[64] }.Build(), AudioRejectionKind.InvalidFormat, "block align is 3", "need 4");

    [Fact]
    public void Rejects_zero_bits_per_sample() =>
        AssertRejected(new WavBuilder { BitsPerSample = 0, BlockAlign = 2, Data = new byte[64] }.Build(), AudioRejectionKind.InvalidFormat, "0 bits");

    [Theory]
    [InlineData(1, 40, "40-bit PCM")]
    [InlineData(1, 64, "64-bit PCM")]
    [InlineData(3, 16, "16-bit float")]
    [InlineData(3, 24, "24-bit float")]
    public void Rejects_unsupported_bit_depths(int tag, int bits, string name) =>
        AssertRejected(new WavBuilder { FormatTag = (ushort)tag, BitsPerSample = bits, Data = new byte[64] }.Build(), AudioRejectionKind.UnsupportedEncoding, name);

    [Fact]
    public void Rejects_a_fmt_chunk_too_short_to_hold_the_format() =>
        AssertRejected((WavBuilder.Pcm16Mono(1) with { FormatBody = new byte[14] }).Build(), AudioRejectionKind.InvalidFormat, "14 bytes", "at least 16");

    [Fact]
    public void Rejects_an_extensible_fmt_chunk_without_its_extension()
    {
        var fmt = new WavBuilder().Build()[20..36];
        fmt[0] = 0xFE;
        fmt[1] = 0xFF;

        AssertRejected((WavBuilder.Pcm16Mono(1) with { FormatBody = fmt }).Build(), AudioRejectionKind.InvalidFormat, "EXTENSIBLE", "needs 40");
    }

    [Fact]
    public void Rejects_more_valid_bits_than_the_container_holds() =>
        AssertRejected(new WavBuilder { SubFormat = WavBuilder.PcmSubFormat, ValidBits = 20, Data = new byte[64] }.Build(), AudioRejectionKind.InvalidFormat, "20 valid bits in a 16-bit sample");

    [Fact]
    public void Rejects_a_wav_without_fmt() =>
        AssertRejected((WavBuilder.Pcm16Mono(1, 2) with { IncludeFormat = false }).Build(), AudioRejectionKind.MissingFormatChunk, "no fmt chunk");

    [Fact]
    public void Rejects_a_wav_without_data() =>
        AssertRejected(
            (WavBuilder.Pcm16Mono() with { IncludeData = false, ChunksBeforeData = [("LIST", new byte[12])] }).Build(),
            AudioRejectionKind.MissingDataChunk, "no data chunk");

    private static void AssertRejected(byte[] upload, AudioRejectionKind kind, params string[] phrases)
    {
        var error = Assert.Throws<AudioRejectedException>(() => WavDecoder.DecodeMono(upload, out _));

        Assert.Equal(kind, error.Kind);
        Assert.All(phrases, phrase => Assert.Contains(phrase, error.Message, StringComparison.Ordinal));
    }
}
