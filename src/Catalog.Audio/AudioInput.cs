using System.Globalization;

namespace Catalog.Audio;

/// <summary>The voice-search endpoint's way in: request body → checked WAV → 16 kHz mono samples for Whisper.</summary>
public static class AudioInput
{
    // Small first read buffer so a typical few-hundred-KiB upload grows it a few times at most, never to MaxBytes up front.
    private const int InitialBufferSize = 64 * 1024;

    /// <summary>Reads the body and decodes it; see <see cref="ReadBodyAsync"/> and <see cref="DecodeTo16kMono"/>.</summary>
    /// <exception cref="AudioRejectedException">The body is too large or not usable audio.</exception>
    public static async Task<DecodedAudio> DecodeTo16kMonoAsync(
        Stream body, AudioLimits limits, long? declaredLength = null, CancellationToken cancellationToken = default)
    {
        var wav = await ReadBodyAsync(body, limits, declaredLength, cancellationToken).ConfigureAwait(false);
        return DecodeTo16kMono(wav.Span, limits);
    }

    /// <summary>
    /// Reads at most MaxBytes + 1 bytes: the extra byte is how an oversized body is noticed without reading the rest of it.
    /// A declared length (Content-Length) over the limit is refused before reading; it is never used to size a buffer.
    /// </summary>
    /// <exception cref="AudioRejectedException"><see cref="AudioRejectionKind.TooLarge"/>.</exception>
    public static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(
        Stream body, AudioLimits limits, long? declaredLength = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        if (declaredLength > limits.MaxBytes)
        {
            throw TooLarge(limits, $"declares {declaredLength} bytes, over");
        }

        var buffer = new byte[(int)Math.Min(limits.MaxBytes + 1, InitialBufferSize)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(limits.MaxBytes + 1, buffer.Length * 2L));
            }

            var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.AsMemory(0, length);
            }

            length += read;
            if (length > limits.MaxBytes)
            {
                throw TooLarge(limits, "is larger than");
            }
        }
    }

    /// <summary>
    /// Decodes a WAV upload to 16 kHz mono, checking size and duration before decoding so nothing is allocated for audio
    /// that will be refused. Allocation is bounded by the input length, never by sizes the headers declare.
    /// </summary>
    /// <exception cref="AudioRejectedException">The upload breaks a limit or is not a supported WAV; the kind says which.</exception>
    public static DecodedAudio DecodeTo16kMono(ReadOnlySpan<byte> wav, AudioLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        if (wav.Length > limits.MaxBytes)
        {
            throw TooLarge(limits, $"is {wav.Length} bytes, over");
        }

        var info = WavDecoder.ReadInfo(wav);
        CheckDuration(info.Duration, limits);
        var mono = WavDecoder.DecodeMono(wav, info);
        return new DecodedAudio(Resampler.ToWhisperRate(mono, info.Format.SampleRate), info.Format);
    }

    private static void CheckDuration(TimeSpan duration, AudioLimits limits)
    {
        if (duration > limits.MaxDuration)
        {
            throw new AudioRejectedException(AudioRejectionKind.TooLong,
                $"The recording is {Seconds(duration)} s long; the limit is {Seconds(limits.MaxDuration)} s.");
        }

        if (duration < limits.MinDuration)
        {
            throw new AudioRejectedException(AudioRejectionKind.TooShort,
                $"The recording is {Seconds(duration)} s long; it must be at least {Seconds(limits.MinDuration)} s.");
        }
    }

    private static AudioRejectedException TooLarge(AudioLimits limits, string what) =>
        new(AudioRejectionKind.TooLarge,
            string.Create(CultureInfo.InvariantCulture,
                $"The upload {what} the limit of {limits.MaxBytes} bytes ({limits.MaxBytes / 1024.0 / 1024.0:0.##} MiB); send a shorter recording."));

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
