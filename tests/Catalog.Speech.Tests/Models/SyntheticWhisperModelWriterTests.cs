using System.Security.Cryptography;
using Catalog.Speech.Models;
using Catalog.Testing;

namespace Catalog.Speech.Tests.Models;

public sealed class SyntheticWhisperModelWriterTests
{
    [Fact]
    public async Task The_same_seed_writes_the_same_bytes_and_another_seed_other_weights()
    {
        var first = await HashAsync(seed: 5);
        var again = await HashAsync(seed: 5);
        var other = await HashAsync(seed: 6);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task The_file_has_the_predicted_size_and_no_partial_file_is_left()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "nested", "test.bin");

        var written = await SyntheticWhisperModelWriter.WriteAsync(path, WhisperModelShape.Test, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(SyntheticWhisperModelWriter.FileSize(WhisperModelShape.Test), written);
        Assert.Equal(written, new FileInfo(path).Length);
        Assert.InRange(written, 7_000_000, 9_000_000);
        Assert.Equal(["test.bin"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Base_en_and_tiny_en_shaped_files_are_the_size_of_the_published_f16_models()
    {
        // The published ggml-base.en.bin is about 148 MB and ggml-tiny.en.bin about 77.7 MB: the same
        // tensors, mel filters and vocabulary, only the weights differ.
        Assert.InRange(SyntheticWhisperModelWriter.FileSize(WhisperModelShape.BaseEn), 147_000_000, 149_000_000);
        Assert.InRange(SyntheticWhisperModelWriter.FileSize(WhisperModelShape.TinyEn), 77_000_000, 78_500_000);
    }

    [Fact]
    public async Task Writing_streams_instead_of_building_the_file_in_memory()
    {
        // Stream.Null completes every write synchronously, so the whole write runs on this thread.
        var before = GC.GetAllocatedBytesForCurrentThread();
        await SyntheticWhisperModelWriter.WriteAsync(Stream.Null, WhisperModelShape.TinyEn, cancellationToken: TestContext.Current.CancellationToken);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 16_000_000, $"writing a 77 MB model allocated {allocated:N0} bytes");
    }

    [Fact]
    public async Task Refuses_a_shape_whisper_cpp_would_abort_on()
    {
        var f32 = WhisperModelShape.Test with { FileType = 0 };

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            SyntheticWhisperModelWriter.WriteAsync(Stream.Null, f32, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("ftype 0", error.Message);
    }

    [Fact]
    public void The_vocabulary_is_gpt2_with_the_space_token_at_its_id()
    {
        var tokens = Gpt2Vocabulary.Tokens;

        Assert.Equal(50_256, tokens.Count);
        Assert.Equal([(byte)' '], tokens[220]);
        Assert.Equal("!"u8.ToArray(), tokens[0]);
        Assert.Equal(tokens.Count, tokens.Select(Convert.ToHexString).Distinct().Count());
    }

    [Fact]
    public void The_mel_filters_are_triangles_of_unit_area_rising_in_frequency()
    {
        var filters = MelFilterBank.Create(80);

        Assert.Equal(80 * 201, filters.Length);
        Assert.All(filters, weight => Assert.True(weight >= 0));
        var peaks = Enumerable.Range(0, 80).Select(band => PeakBin(filters, band)).ToList();
        Assert.Equal(peaks.OrderBy(bin => bin), peaks);
        Assert.True(peaks[^1] > 150, "the top band should peak near 8 kHz");
        // Slaney normalisation gives every triangle the same area, so a wide high band sums about as much as a narrower one.
        var highBandSum = filters.AsSpan(79 * 201, 201).ToArray().Sum();
        var midBandSum = filters.AsSpan(40 * 201, 201).ToArray().Sum();
        Assert.InRange(highBandSum / midBandSum, 0.8, 1.25);
    }

    private static int PeakBin(float[] filters, int band)
    {
        var row = filters.AsSpan(band * 201, 201);
        return row.IndexOf(row.ToArray().Max());
    }

    private static async Task<string> HashAsync(int seed)
    {
        using var memory = new MemoryStream();
        await SyntheticWhisperModelWriter.WriteAsync(memory, WhisperModelShape.Test, seed, TestContext.Current.CancellationToken);
        return Convert.ToHexString(SHA256.HashData(memory.ToArray()));
    }
}
