using System.Buffers.Binary;

namespace Catalog.Speech.Models;

/// <summary>
/// Packs floats into ggml's quantized blocks the way ggml's reference quantizers
/// (<c>quantize_row_*_ref</c>) do, so a synthetic model stores its matrices in the same bytes a
/// file made by whisper.cpp's <c>quantize</c> tool would hold for those values.
/// </summary>
internal static class GgmlQuantizer
{
    private const int Block = GgmlTensorTypes.QuantBlock;
    private const int Half = Block / 2;

    /// <summary>Quantizes whole blocks of <paramref name="values"/> into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Quantize(GgmlTensorType type, ReadOnlySpan<float> values, Span<byte> destination)
    {
        if (values.Length % Block != 0)
        {
            throw new ArgumentException($"{values.Length} values are not whole blocks of {Block}.", nameof(values));
        }

        var blockBytes = GgmlTensorTypes.BlockBytes(type);
        for (var block = 0; block < values.Length / Block; block++)
        {
            var source = values.Slice(block * Block, Block);
            var target = destination.Slice(block * blockBytes, blockBytes);
            switch (type)
            {
                case GgmlTensorType.Q8_0: QuantizeQ8(source, target); break;
                case GgmlTensorType.Q4_0: QuantizeSymmetric(source, target, levels: 16, highBits: false); break;
                case GgmlTensorType.Q5_0: QuantizeSymmetric(source, target, levels: 32, highBits: true); break;
                case GgmlTensorType.Q4_1: QuantizeWithMinimum(source, target, levels: 16, highBits: false); break;
                case GgmlTensorType.Q5_1: QuantizeWithMinimum(source, target, levels: 32, highBits: true); break;
                default: throw new ArgumentOutOfRangeException(nameof(type), type, "Not a quantized type.");
            }
        }

        return values.Length / Block * blockBytes;
    }

    /// <summary>Scale = max |x| / 127, codes rounded to nearest.</summary>
    private static void QuantizeQ8(ReadOnlySpan<float> x, Span<byte> block)
    {
        var amax = 0f;
        foreach (var v in x)
        {
            amax = Math.Max(amax, Math.Abs(v));
        }

        var d = amax / 127f;
        var id = d != 0 ? 1f / d : 0f;
        WriteHalf(block, 0, d);
        for (var j = 0; j < Block; j++)
        {
            // C's roundf, as ggml uses: halves away from zero (MathF.Round alone rounds them to even).
            block[2 + j] = (byte)(sbyte)MathF.Round(x[j] * id, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>Q4_0 and Q5_0: the value of largest magnitude maps to the lowest code; codes are offset by half the levels.</summary>
    private static void QuantizeSymmetric(ReadOnlySpan<float> x, Span<byte> block, int levels, bool highBits)
    {
        var (amax, max) = (0f, 0f);
        foreach (var v in x)
        {
            if (Math.Abs(v) > amax)
            {
                (amax, max) = (Math.Abs(v), v);
            }
        }

        var d = max / -(levels / 2);
        var id = d != 0 ? 1f / d : 0f;
        WriteHalf(block, 0, d);
        PackCodes(x, block[(highBits ? 6 : 2)..], highBits ? block.Slice(2, 4) : [], v => Code(v * id + (levels / 2) + 0.5f, levels));
    }

    /// <summary>Q4_1 and Q5_1: codes span the block's minimum to maximum.</summary>
    private static void QuantizeWithMinimum(ReadOnlySpan<float> x, Span<byte> block, int levels, bool highBits)
    {
        var (min, max) = (float.MaxValue, float.MinValue);
        foreach (var v in x)
        {
            (min, max) = (Math.Min(min, v), Math.Max(max, v));
        }

        var d = (max - min) / (levels - 1);
        var id = d != 0 ? 1f / d : 0f;
        WriteHalf(block, 0, d);
        WriteHalf(block, 2, min);
        PackCodes(x, block[(highBits ? 8 : 4)..], highBits ? block.Slice(4, 4) : [], v => Code((v - min) * id + 0.5f, levels));
    }

    /// <summary>
    /// Element j and j + 16 share byte j (low nibble, high nibble); for 5-bit codes the fifth bit of
    /// element i goes to bit i of a little-endian 32-bit word.
    /// </summary>
    private static void PackCodes(ReadOnlySpan<float> x, Span<byte> nibbles, Span<byte> fifthBits, Func<float, int> code)
    {
        uint high = 0;
        for (var j = 0; j < Half; j++)
        {
            var (low, upper) = (code(x[j]), code(x[j + Half]));
            nibbles[j] = (byte)((low & 0x0F) | ((upper & 0x0F) << 4));
            high |= (uint)((low >> 4) & 1) << j;
            high |= (uint)((upper >> 4) & 1) << (j + Half);
        }

        if (fifthBits.Length == 4)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fifthBits, high);
        }
    }

    /// <summary>ggml truncates toward zero after adding 0.5 (rounding), then caps at the top code.</summary>
    private static int Code(float shifted, int levels) => Math.Min(levels - 1, Math.Max(0, (int)shifted));

    private static void WriteHalf(Span<byte> block, int offset, float value) =>
        BinaryPrimitives.WriteHalfLittleEndian(block[offset..], (System.Half)value);
}
