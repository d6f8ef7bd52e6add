using System.Buffers.Binary;
using Catalog.Speech.Models;

namespace Catalog.Speech.Tests.Models;

/// <summary>
/// The blocks are checked against ggml's dequantization formulas (ggml-quants.c,
/// <c>dequantize_row_*</c>), written out here independently of the quantizer.
/// </summary>
public sealed class GgmlQuantizerTests
{
    public static TheoryData<string> Types => ["Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q8_0"];

    [Fact]
    public void A_q4_0_block_holds_the_scale_of_its_largest_magnitude_and_offset_nibbles()
    {
        // -16 .. 15: the largest magnitude is -16, so d = -16 / -8 = 2 and codes are x / 2 + 8.
        var values = Enumerable.Range(0, 32).Select(j => j - 16f).ToArray();
        var block = new byte[18];

        Assert.Equal(18, GgmlQuantizer.Quantize(GgmlTensorType.Q4_0, values, block));

        Assert.Equal(2f, (float)BinaryPrimitives.ReadHalfLittleEndian(block));
        // Element 0 (-16 → code 0) in the low nibble of byte 0, element 16 (0 → code 8) in its high nibble.
        Assert.Equal(0x80, block[2]);
        // Element 15 (-1 → -0.5 + 8.5 = 8) and element 31 (15 → 7.5 + 8.5 = 16, capped at 15).
        Assert.Equal(0xF8, block[17]);
    }

    [Fact]
    public void A_q8_0_block_is_an_f16_scale_then_32_signed_codes()
    {
        var values = Enumerable.Range(0, 32).Select(j => j == 5 ? -2.54f : j / 100f).ToArray();
        var block = new byte[34];

        GgmlQuantizer.Quantize(GgmlTensorType.Q8_0, values, block);

        var d = (float)BinaryPrimitives.ReadHalfLittleEndian(block);
        Assert.Equal(2.54f / 127, d, 0.0001f);
        Assert.Equal(-127, (sbyte)block[2 + 5]);
        Assert.Equal(15, (sbyte)block[2 + 30]);
    }

    [Fact]
    public void Q8_0_rounds_halves_away_from_zero_as_cs_roundf_does()
    {
        // Largest magnitude 127 gives a scale of exactly 1, so the codes are the values rounded.
        var values = new float[32];
        values[0] = 127f;
        values[1] = 2.5f;
        values[2] = -0.5f;
        values[3] = 1.5f;
        var block = new byte[34];

        GgmlQuantizer.Quantize(GgmlTensorType.Q8_0, values, block);

        Assert.Equal(1f, (float)BinaryPrimitives.ReadHalfLittleEndian(block));
        Assert.Equal([127, 3, -1, 2], block[2..6].Select(b => (int)(sbyte)b));
    }

    [Fact]
    public void Only_exact_quantization_names_parse()
    {
        Assert.Equal(GgmlTensorType.Q5_1, GgmlTensorTypes.Parse("Q5_1"));
        Assert.Null(GgmlTensorTypes.Parse("8"));
        Assert.Null(GgmlTensorTypes.Parse("q4_0,q5_1"));
        Assert.Null(GgmlTensorTypes.Parse("f16"));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_value_comes_back_within_a_step(string typeName)
    {
        var type = Enum.Parse<GgmlTensorType>(typeName);
        var random = new Random(11);
        var values = Enumerable.Range(0, 32 * 64).Select(_ => (float)((random.NextDouble() * 2) - 1) * (float)random.NextDouble() * 3).ToArray();
        var bytes = new byte[GgmlTensorTypes.DataBytes(type, values.Length)];

        Assert.Equal(bytes.Length, GgmlQuantizer.Quantize(type, values, bytes));

        for (var block = 0; block < values.Length / 32; block++)
        {
            var (decoded, step, minimum) = Dequantize(type, bytes.AsSpan(block * GgmlTensorTypes.BlockBytes(type), GgmlTensorTypes.BlockBytes(type)));
            // Rounding costs half a step. The "_0" types put the largest magnitude at the lowest code, so on the
            // other side the top code is one step short and a value there may be clipped by up to a step (as in ggml).
            var rounding = type is GgmlTensorType.Q4_0 or GgmlTensorType.Q5_0 ? 1f : 0.5f;
            for (var j = 0; j < 32; j++)
            {
                var original = values[(block * 32) + j];
                // Plus the F16 rounding of the scale and minimum the block stores.
                var tolerance = (Math.Abs(step) * rounding) + ((Math.Abs(minimum) + (32 * Math.Abs(step))) * 0.001f) + 1e-6f;
                Assert.True(Math.Abs(decoded[j] - original) <= tolerance, $"{type} block {block} element {j}: {original} came back as {decoded[j]}");
            }
        }
    }

    [Fact]
    public void Values_that_are_not_whole_blocks_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => GgmlQuantizer.Quantize(GgmlTensorType.Q8_0, new float[33], new byte[68]));

        Assert.Contains("whole blocks of 32", error.Message);
    }

    /// <summary>ggml's dequantization, the size of one code step (the scale d) and the block's minimum (0 for "_0" types).</summary>
    private static (float[] Values, float Step, float Minimum) Dequantize(GgmlTensorType type, ReadOnlySpan<byte> block)
    {
        var d = (float)BinaryPrimitives.ReadHalfLittleEndian(block);
        var minimum = type is GgmlTensorType.Q4_1 or GgmlTensorType.Q5_1 ? (float)BinaryPrimitives.ReadHalfLittleEndian(block[2..]) : 0f;
        var values = new float[32];
        switch (type)
        {
            case GgmlTensorType.Q8_0:
                for (var j = 0; j < 32; j++)
                {
                    values[j] = (sbyte)block[2 + j] * d;
                }

                break;
            case GgmlTensorType.Q4_0:
            case GgmlTensorType.Q4_1:
            {
                var hasMin = type == GgmlTensorType.Q4_1;
                var m = hasMin ? (float)BinaryPrimitives.ReadHalfLittleEndian(block[2..]) : 0f;
                var qs = block[(hasMin ? 4 : 2)..];
                for (var j = 0; j < 16; j++)
                {
                    values[j] = hasMin ? ((qs[j] & 0x0F) * d) + m : ((qs[j] & 0x0F) - 8) * d;
                    values[j + 16] = hasMin ? ((qs[j] >> 4) * d) + m : ((qs[j] >> 4) - 8) * d;
                }

                break;
            }

            default:
            {
                var hasMin = type == GgmlTensorType.Q5_1;
                var m = hasMin ? (float)BinaryPrimitives.ReadHalfLittleEndian(block[2..]) : 0f;
                var qh = BinaryPrimitives.ReadUInt32LittleEndian(block[(hasMin ? 4 : 2)..]);
                var qs = block[(hasMin ? 8 : 6)..];
                for (var j = 0; j < 16; j++)
                {
                    var low = (qs[j] & 0x0F) | (int)(((qh >> j) & 1) << 4);
                    var high = (qs[j] >> 4) | (int)(((qh >> (j + 16)) & 1) << 4);
                    values[j] = hasMin ? (low * d) + m : (low - 16) * d;
                    values[j + 16] = hasMin ? (high * d) + m : (high - 16) * d;
                }

                break;
            }
        }

        return (values, d, minimum);
    }
}
