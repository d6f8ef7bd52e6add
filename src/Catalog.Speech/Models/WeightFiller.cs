using System.Runtime.InteropServices;

namespace Catalog.Speech.Models;

/// <summary>
/// Fills a tensor's bytes with small seeded values of the kind a trained model has there: unit norm
/// scales, zero norm shifts, Whisper's sinusoidal encoder positions, and weights scaled by
/// 1/sqrt(fan-in) so activations stay finite through the layers instead of overflowing F16.
/// </summary>
internal sealed class WeightFiller
{
    private const float BiasAmplitude = 0.02f;
    private readonly WhisperTensorSpec _spec;
    private readonly WeightRandom _random;
    private readonly float _amplitude;
    private readonly int _blockElements;
    private readonly int _blockBytes;
    private long _nextElement;

    public WeightFiller(WhisperTensorSpec spec, WeightRandom random)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("ggml files are little-endian; this writer copies values as the machine stores them.");
        }

        _spec = spec;
        _random = random;
        _blockElements = GgmlTensorTypes.BlockElements(spec.Type);
        _blockBytes = GgmlTensorTypes.BlockBytes(spec.Type);
        var fanIn = spec.ElementCount / spec.Dimensions[^1];
        _amplitude = spec.Kind == WeightKind.Matrix ? 1f / MathF.Sqrt(Math.Max(1, fanIn)) : BiasAmplitude;
    }

    public long RemainingBytes => GgmlTensorTypes.DataBytes(_spec.Type, _spec.ElementCount - _nextElement);

    /// <summary>Writes the next whole blocks into <paramref name="destination"/>; returns the bytes written.</summary>
    /// <param name="scratch">Room for floats; at most this many elements are written per call.</param>
    public int Fill(Span<byte> destination, Span<float> scratch)
    {
        var blocks = Math.Min(destination.Length / _blockBytes, scratch.Length / _blockElements);
        var count = (int)Math.Min((long)blocks * _blockElements, _spec.ElementCount - _nextElement);
        var values = scratch[..count];
        Generate(values);
        var written = _spec.Type switch
        {
            GgmlTensorType.F16 => WriteHalves(values, destination),
            GgmlTensorType.F32 => WriteFloats(values, destination),
            _ => GgmlQuantizer.Quantize(_spec.Type, values, destination),
        };

        _nextElement += count;
        return written;
    }

    private static int WriteHalves(ReadOnlySpan<float> values, Span<byte> destination)
    {
        var halves = MemoryMarshal.Cast<byte, Half>(destination[..(values.Length * 2)]);
        for (var i = 0; i < values.Length; i++)
        {
            halves[i] = (Half)values[i];
        }

        return values.Length * 2;
    }

    private static int WriteFloats(ReadOnlySpan<float> values, Span<byte> destination)
    {
        MemoryMarshal.AsBytes(values).CopyTo(destination);
        return values.Length * 4;
    }

    private void Generate(Span<float> values)
    {
        switch (_spec.Kind)
        {
            case WeightKind.NormScale:
                values.Fill(1f);
                break;
            case WeightKind.NormShift:
                values.Clear();
                break;
            case WeightKind.EncoderPositions:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Sinusoid(_nextElement + i);
                }

                break;
            default:
                _random.Fill(values, _amplitude);
                break;
        }
    }

    /// <summary>Whisper's encoder positions: sines in the first half of the channels, cosines in the second.</summary>
    private float Sinusoid(long element)
    {
        var channels = _spec.Dimensions[0];
        var half = channels / 2;
        var channel = (int)(element % channels);
        var position = element / channels;
        var frequencyIndex = channel < half ? channel : channel - half;
        var increment = Math.Log(10_000) / Math.Max(1, half - 1);
        var angle = position * Math.Exp(-increment * frequencyIndex);
        return (float)(channel < half ? Math.Sin(angle) : Math.Cos(angle));
    }
}
