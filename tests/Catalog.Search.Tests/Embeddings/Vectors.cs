namespace Catalog.Search.Tests.Embeddings;

internal static class Vectors
{
    public static double Cosine(ReadOnlyMemory<float> a, ReadOnlyMemory<float> b)
    {
        Assert.Equal(a.Length, b.Length);
        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a.Span[i] * b.Span[i];
            normA += (double)a.Span[i] * a.Span[i];
            normB += (double)b.Span[i] * b.Span[i];
        }

        return dot / Math.Sqrt(normA * normB);
    }

    public static double Norm(ReadOnlyMemory<float> vector)
    {
        double squares = 0;
        foreach (var value in vector.Span)
        {
            squares += (double)value * value;
        }

        return Math.Sqrt(squares);
    }

    public static void AssertClose(ReadOnlyMemory<float> expected, ReadOnlyMemory<float> actual, double tolerance = 1e-4)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected.Span[i] - actual.Span[i]) <= tolerance,
                $"Component {i}: expected {expected.Span[i]}, got {actual.Span[i]} (tolerance {tolerance}).");
        }
    }
}
