using System.Numerics.Tensors;
using Catalog.Search.Vector;

namespace Catalog.Search.Tests.Vector;

public sealed class Int8DotTests
{
    [Fact]
    public void Quantized_dot_products_approximate_the_float_ones()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var a = Enumerable.Range(0, 384).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
            var b = Enumerable.Range(0, 384).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
            var qa = new sbyte[384];
            var qb = new sbyte[384];

            var approximate = Int8Dot.Dot(Quantize(a, qa, out var sa), Quantize(b, qb, out var sb)) * sa * sb;

            Assert.Equal(TensorPrimitives.Dot(a, b), approximate, 0.05);
        }
    }

    [Theory]
    [InlineData(37)] // vector lanes and a scalar tail
    [InlineData(384)] // whole 32-byte blocks: the AVX2 path where the CPU has it
    public void The_byte_dot_product_is_exact_integer_arithmetic(int length)
    {
        sbyte[] a = [.. Enumerable.Range(0, length).Select(i => (sbyte)(i % 2 == 0 ? -128 : 127))];
        sbyte[] b = [.. Enumerable.Range(0, length).Select(i => (sbyte)(i % 3 == 0 ? -128 : 100))];

        var expected = a.Zip(b).Sum(p => p.First * p.Second);

        Assert.Equal(expected, Int8Dot.Dot(a, b));
    }

    [Fact]
    public void A_zero_vector_quantizes_to_zeros_with_scale_zero()
    {
        var target = new sbyte[4];
        Assert.Equal(0f, Int8Dot.Quantize(new float[4], target));
        Assert.All(target, v => Assert.Equal(0, v));
    }

    private static sbyte[] Quantize(float[] source, sbyte[] target, out float scale)
    {
        scale = Int8Dot.Quantize(source, target);
        return target;
    }
}
