using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Catalog.Audio;

/// <summary>Turns interleaved little-endian samples into mono floats in [-1, 1), averaging the channels.</summary>
internal static class SampleDecoder
{
    // Frames are converted a block at a time into a stack buffer: one tight loop per format, then one downmix loop,
    // instead of a per-sample dispatch on the format or an interleaved copy of the whole file.
    private const int BlockFrames = 512;

    private const float Scale8 = 1f / 128;
    private const float Scale16 = 1f / 32768;
    private const float Scale24 = 1f / 8388608;
    private const double Scale32 = 1.0 / 2147483648;

    public static float[] DecodeMono(ReadOnlySpan<byte> data, WavFormat format)
    {
        var frames = data.Length / format.BlockAlign;
        var mono = new float[frames];
        Span<float> block = stackalloc float[BlockFrames * WavDecoder.MaxChannels];
        for (var start = 0; start < frames; start += BlockFrames)
        {
            var count = Math.Min(BlockFrames, frames - start);
            var samples = block[..(count * format.Channels)];
            Convert(data.Slice(start * format.BlockAlign, count * format.BlockAlign), samples, format);
            Downmix(samples, format.Channels, mono.AsSpan(start, count));
        }

        return mono;
    }

    private static void Convert(ReadOnlySpan<byte> bytes, Span<float> samples, WavFormat format)
    {
        switch (format.Encoding, format.BytesPerSample)
        {
            case (SampleEncoding.Pcm, 1): ConvertPcm8(bytes, samples); break;
            case (SampleEncoding.Pcm, 2): ConvertPcm16(bytes, samples); break;
            case (SampleEncoding.Pcm, 3): ConvertPcm24(bytes, samples); break;
            case (SampleEncoding.Pcm, 4): ConvertPcm32(bytes, samples); break;
            case (SampleEncoding.IeeeFloat, 4): ConvertFloat32(bytes, samples); break;
            case (SampleEncoding.IeeeFloat, 8): ConvertFloat64(bytes, samples); break;
            default: throw new ArgumentException($"No decoder for {format}.", nameof(format));
        }
    }

    private static void Downmix(ReadOnlySpan<float> samples, int channels, Span<float> mono)
    {
        if (channels == 1)
        {
            samples.CopyTo(mono);
            return;
        }

        if (channels == 2)
        {
            for (var frame = 0; frame < mono.Length; frame++)
            {
                mono[frame] = (samples[2 * frame] + samples[(2 * frame) + 1]) * 0.5f;
            }

            return;
        }

        var gain = 1f / channels;
        for (var frame = 0; frame < mono.Length; frame++)
        {
            var sum = 0f;
            foreach (var sample in samples.Slice(frame * channels, channels))
            {
                sum += sample;
            }

            mono[frame] = sum * gain;
        }
    }

    private static void ConvertPcm8(ReadOnlySpan<byte> bytes, Span<float> samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (bytes[i] - 128) * Scale8;
        }
    }

    private static void ConvertPcm16(ReadOnlySpan<byte> bytes, Span<float> samples)
    {
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes[(i * 2)..]) * Scale16;
            }

            return;
        }

        // The most common layout by far: reinterpreting the bytes lets the loop run without a bounds check per read.
        var values = MemoryMarshal.Cast<byte, short>(bytes)[..samples.Length];
        for (var i = 0; i < values.Length; i++)
        {
            samples[i] = values[i] * Scale16;
        }
    }

    private static void ConvertPcm24(ReadOnlySpan<byte> bytes, Span<float> samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var s = bytes.Slice(i * 3, 3);
            samples[i] = (s[0] | (s[1] << 8) | ((sbyte)s[2] << 16)) * Scale24;
        }
    }

    private static void ConvertPcm32(ReadOnlySpan<byte> bytes, Span<float> samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)(BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]) * Scale32);
        }
    }

    // NaN or infinity would poison every Whisper frame they touch; silence is the safe reading of a corrupt sample.
    private static void ConvertFloat32(ReadOnlySpan<byte> bytes, Span<float> samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var value = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 4)..]);
            samples[i] = float.IsFinite(value) ? value : 0f;
        }
    }

    private static void ConvertFloat64(ReadOnlySpan<byte> bytes, Span<float> samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var value = (float)BinaryPrimitives.ReadDoubleLittleEndian(bytes[(i * 8)..]);
            samples[i] = float.IsFinite(value) ? value : 0f;
        }
    }
}
