using Catalog.Audio.Tests.Support;
using Catalog.Testing;

namespace Catalog.Audio.Tests;

public sealed class AudioInputTests
{
    [Fact]
    public void Decodes_48_khz_stereo_to_16_khz_mono_with_its_original_layout()
    {
        var left = Signals.Sine(1_000, 48_000, seconds: 2, amplitude: 0.4);
        var interleaved = left.SelectMany(s => new[] { s, s }).ToArray();
        var wav = WavEncoder.EncodePcm16(interleaved, 48_000, channels: 2);

        var audio = AudioInput.DecodeTo16kMono(wav, AudioLimits.Default);

        Assert.Equal(32_000, audio.Samples.Length);
        Assert.Equal(TimeSpan.FromSeconds(2), audio.Duration);
        Assert.Equal(48_000, audio.OriginalSampleRate);
        Assert.Equal(2, audio.OriginalChannels);
        Assert.Equal(16, audio.OriginalBitsPerSample);
        Assert.Equal(SampleEncoding.Pcm, audio.OriginalEncoding);
        Assert.Equal(0.4, Signals.Amplitude(Signals.Middle(audio.Samples, 16_000), 16_000, 1_000), 0.005);
    }

    [Fact]
    public void Accepts_exactly_the_maximum_duration()
    {
        var wav = WavEncoder.EncodePcm16(new float[15 * 16_000], 16_000);

        Assert.Equal(TimeSpan.FromSeconds(15), AudioInput.DecodeTo16kMono(wav, AudioLimits.Default).Duration);
    }

    [Fact]
    public void Rejects_a_recording_over_the_maximum_duration_as_413()
    {
        var wav = WavEncoder.EncodePcm16(new float[(15 * 16_000) + 1], 16_000);

        var error = Assert.Throws<AudioRejectedException>(() => AudioInput.DecodeTo16kMono(wav, AudioLimits.Default));

        Assert.Equal(AudioRejectionKind.TooLong, error.Kind);
        Assert.Equal(413, error.RecommendedHttpStatus);
        Assert.Contains("the limit is 15 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_recording_under_the_minimum_duration_as_400()
    {
        var wav = WavEncoder.EncodePcm16(new float[800], 16_000);

        var error = Assert.Throws<AudioRejectedException>(() => AudioInput.DecodeTo16kMono(wav, AudioLimits.Default));

        Assert.Equal(AudioRejectionKind.TooShort, error.Kind);
        Assert.Equal(400, error.RecommendedHttpStatus);
        Assert.Contains("0.05 s long; it must be at least 0.1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Honours_custom_limits()
    {
        var limits = new AudioLimits { MaxDuration = TimeSpan.FromSeconds(1), MinDuration = TimeSpan.FromSeconds(0.5) };
        var wav = WavEncoder.EncodePcm16(new float[24_000], 16_000);

        Assert.Equal(AudioRejectionKind.TooLong, Assert.Throws<AudioRejectedException>(() => AudioInput.DecodeTo16kMono(wav, limits)).Kind);
    }

    [Fact]
    public void Rejects_a_buffer_over_the_byte_limit_as_413()
    {
        var limits = new AudioLimits { MaxBytes = 1_000 };
        var wav = WavEncoder.EncodePcm16(new float[2_000], 16_000);

        var error = Assert.Throws<AudioRejectedException>(() => AudioInput.DecodeTo16kMono(wav, limits));

        Assert.Equal(AudioRejectionKind.TooLarge, error.Kind);
        Assert.Equal(413, error.RecommendedHttpStatus);
        Assert.Contains("4044 bytes, over the limit of 1000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_reading_a_body_one_byte_past_the_limit()
    {
        var limits = new AudioLimits { MaxBytes = 300_000 };
        using var body = new EndlessStream();

        var error = await Assert.ThrowsAsync<AudioRejectedException>(() => AudioInput.ReadBodyAsync(body, limits, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(AudioRejectionKind.TooLarge, error.Kind);
        Assert.Equal(300_001, body.BytesRead);
    }

    [Fact]
    public async Task Reads_a_body_of_exactly_the_limit_in_small_pieces()
    {
        var limits = new AudioLimits { MaxBytes = 5_000 };
        var content = Enumerable.Range(0, 5_000).Select(i => (byte)i).ToArray();
        using var body = new TricklingStream(content, pieceSize: 7);

        var read = await AudioInput.ReadBodyAsync(body, limits, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(content, read.ToArray());
    }

    [Fact]
    public async Task Refuses_a_declared_length_over_the_limit_without_reading()
    {
        using var body = new EndlessStream();

        var error = await Assert.ThrowsAsync<AudioRejectedException>(
            () => AudioInput.ReadBodyAsync(body, AudioLimits.Default, declaredLength: 50_000_000, TestContext.Current.CancellationToken));

        Assert.Equal(AudioRejectionKind.TooLarge, error.Kind);
        Assert.Contains("declares 50000000 bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task Decodes_a_wav_file_streamed_from_disk()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "query.wav");
        await File.WriteAllBytesAsync(path, WavEncoder.EncodeFloat32(Signals.Sine(440, 22_050, 1.0), 22_050), TestContext.Current.CancellationToken);
        await using var file = File.OpenRead(path);

        var audio = await AudioInput.DecodeTo16kMonoAsync(file, AudioLimits.Default, file.Length, TestContext.Current.CancellationToken);

        Assert.Equal(16_000, audio.Samples.Length);
        Assert.Equal(SampleEncoding.IeeeFloat, audio.OriginalEncoding);
        Assert.Equal(440, Signals.ZeroCrossingFrequency(Signals.Middle(audio.Samples, 16_000), 16_000), 0.5);
    }

    [Fact]
    public void Rejects_unusable_limits_as_a_configuration_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AudioLimits { MaxBytes = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new AudioLimits { MaxBytes = Array.MaxLength }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new AudioLimits { MinDuration = TimeSpan.FromSeconds(20) }.Validate());
    }

    [Fact]
    public void Maps_only_the_too_much_kinds_to_413()
    {
        var statuses = Enum.GetValues<AudioRejectionKind>().ToDictionary(kind => kind, kind => kind.RecommendedHttpStatus());

        Assert.Equal([AudioRejectionKind.TooLarge, AudioRejectionKind.TooLong], statuses.Where(s => s.Value == 413).Select(s => s.Key).Order());
        Assert.All(statuses.Where(s => s.Value != 413), s => Assert.Equal(400, s.Value));
    }
}
