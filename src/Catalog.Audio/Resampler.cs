namespace Catalog.Audio;

/// <summary>Band-limited sample-rate conversion (polyphase Kaiser-windowed sinc), aimed at Whisper's 16 kHz.</summary>
public static class Resampler
{
    public const int WhisperRate = 16_000;

    /// <summary>Converts mono samples at <paramref name="inputRate"/> to 16 kHz.</summary>
    public static float[] ToWhisperRate(ReadOnlySpan<float> samples, int inputRate) => Resample(samples, inputRate, WhisperRate);

    /// <summary>
    /// Converts mono samples between rates. Content above the lower rate's Nyquist is removed (no aliasing when going down,
    /// no images when going up); the signal is not delayed. Output length is ceil(n · outputRate / inputRate).
    /// </summary>
    public static float[] Resample(ReadOnlySpan<float> samples, int inputRate, int outputRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputRate);
        if (inputRate == outputRate)
        {
            return samples.ToArray();
        }

        var filter = PolyphaseFilter.For(inputRate, outputRate);
        var output = new float[OutputLength(samples.Length, filter)];
        Apply(filter, samples, output);
        return output;
    }

    private static int OutputLength(int inputLength, PolyphaseFilter filter)
    {
        var length = (((long)inputLength * filter.Up) + filter.Down - 1) / filter.Down;
        return length <= Array.MaxLength ? (int)length
            : throw new ArgumentOutOfRangeException(nameof(inputLength), inputLength, "The resampled signal would not fit in an array.");
    }

    private static void Apply(PolyphaseFilter filter, ReadOnlySpan<float> samples, Span<float> output)
    {
        // Output n sits at input position n·Down/Up = index + remainder/Up; both advance by a fixed step,
        // which avoids two 64-bit divisions per output sample.
        var (wholeStep, partStep) = Math.DivRem(filter.Down, filter.Up);
        long index = 0, remainder = 0;
        for (var n = 0; n < output.Length; n++)
        {
            var (aligned, phase) = filter.PhaseAt(index, remainder);
            var start = aligned - filter.Lead;
            var row = filter.Row(phase);
            output[n] = start >= 0 && start + row.Length <= samples.Length
                ? PolyphaseFilter.Dot(samples.Slice((int)start, row.Length), row)
                : DotAtEdge(samples, start, row);

            index += wholeStep;
            remainder += partStep;
            if (remainder >= filter.Up)
            {
                remainder -= filter.Up;
                index++;
            }
        }
    }

    // Near either end part of the window hangs off the signal; those samples count as silence.
    private static float DotAtEdge(ReadOnlySpan<float> samples, long start, ReadOnlySpan<float> row)
    {
        var sum = 0f;
        for (var k = 0; k < row.Length; k++)
        {
            var i = start + k;
            if (i >= 0 && i < samples.Length)
            {
                sum += samples[(int)i] * row[k];
            }
        }

        return sum;
    }
}
