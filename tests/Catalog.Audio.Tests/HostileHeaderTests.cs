using Catalog.Audio.Tests.Support;

namespace Catalog.Audio.Tests;

/// <summary>Sizes declared in headers are attacker-controlled: none may drive an allocation.</summary>
public sealed class HostileHeaderTests
{
    // A rejection allocates its exception and message; anything sized from a header would be megabytes or more.
    private const long AllocationBudget = 64 * 1024;

    public static TheoryData<string, byte[], AudioRejectionKind> Uploads => new()
    {
        { "data size 4 GiB over 4 real bytes", (WavBuilder.Pcm16Mono(1, 2) with { DeclaredDataSize = uint.MaxValue }).Build(), AudioRejectionKind.TooShort },
        { "fmt chunk size 4 GiB", (WavBuilder.Pcm16Mono(1, 2) with { FormatBody = null }).Build().Patch(16, uint.MaxValue - 1), AudioRejectionKind.Truncated },
        { "LIST chunk size 2 GiB before fmt", (WavBuilder.Pcm16Mono(1, 2) with { ChunksBeforeFormat = [("LIST", new byte[4])] }).Build().Patch(16, int.MaxValue), AudioRejectionKind.Truncated },
        { "65535 channels", new WavBuilder { Channels = ushort.MaxValue, BlockAlign = ushort.MaxValue, Data = new byte[16] }.Build(), AudioRejectionKind.UnsupportedChannelCount },
        { "sample rate 4 GHz", new WavBuilder { SampleRate = uint.MaxValue, Data = new byte[16] }.Build(), AudioRejectionKind.UnsupportedSampleRate },
        { "65535-bit samples", new WavBuilder { BitsPerSample = ushort.MaxValue, BlockAlign = ushort.MaxValue, Data = new byte[16] }.Build(), AudioRejectionKind.UnsupportedEncoding },
        { "RIFF size 4 GiB, data size 0", (WavBuilder.Pcm16Mono(1, 2) with { DeclaredRiffSize = uint.MaxValue, DeclaredDataSize = 0 }).Build(), AudioRejectionKind.TooShort },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public void Absurd_declared_sizes_are_rejected_without_a_large_allocation(string description, byte[] upload, AudioRejectionKind kind)
    {
        // Warm up so type initialisation and JIT work are not counted as this upload's allocations.
        Assert.Throws<AudioRejectedException>(() => AudioInput.DecodeTo16kMono(upload, AudioLimits.Default));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<AudioRejectedException>(() => AudioInput.DecodeTo16kMono(upload, AudioLimits.Default));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(kind, error.Kind);
        Assert.True(allocated < AllocationBudget, $"{description}: allocated {allocated} bytes");
    }

    [Fact]
    public void A_huge_declared_data_size_decodes_only_the_bytes_present()
    {
        var upload = (WavBuilder.Pcm16Mono(new short[3200]) with { DeclaredDataSize = uint.MaxValue, DeclaredRiffSize = uint.MaxValue }).Build();
        AudioInput.DecodeTo16kMono(upload, AudioLimits.Default);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var audio = AudioInput.DecodeTo16kMono(upload, AudioLimits.Default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(3200, audio.Samples.Length);
        Assert.True(allocated < AllocationBudget, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Rejects_an_over_long_recording_before_decoding_it()
    {
        // 60 s of 8 kHz 8-bit mono is 480 KB of upload; decoding it would allocate 1.9 MB of floats.
        var upload = new WavBuilder { SampleRate = 8_000, BitsPerSample = 8, Data = new byte[480_000] }.Build();
        Assert.Throws<AudioRejectedException>(() => AudioInput.DecodeTo16kMono(upload, AudioLimits.Default));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<AudioRejectedException>(() => AudioInput.DecodeTo16kMono(upload, AudioLimits.Default));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(AudioRejectionKind.TooLong, error.Kind);
        Assert.True(allocated < AllocationBudget, $"allocated {allocated} bytes");
    }
}
