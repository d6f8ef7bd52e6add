using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

public sealed class EmbeddingPoolingTests
{
    // Two texts, three positions, two dimensions. Row 0's last position is padding, with values
    // large enough to show up if pooling ever counted them.
    private static readonly EncodedBatch Batch = new(
        count: 2, sequenceLength: 3,
        inputIds: [101, 7592, 0, 101, 2088, 102],
        attentionMask: [1, 1, 0, 1, 1, 1],
        tokenTypeIds: new long[6]);

    private static readonly float[] Hidden =
    [
        3, 4, /**/ 1, 1, /**/ 100, 100,
        0, 5, /**/ 2, 0, /**/ 1, 1,
    ];

    [Fact]
    public void Cls_takes_the_first_token_and_normalizes()
    {
        var vectors = EmbeddingPooling.Pool(Hidden, Batch, 2, SentencePooling.Cls);

        AssertVector([0.6f, 0.8f], vectors[0]);
        AssertVector([0f, 1f], vectors[1]);
    }

    [Fact]
    public void Mean_averages_real_tokens_only_and_normalizes()
    {
        var vectors = EmbeddingPooling.Pool(Hidden, Batch, 2, SentencePooling.Mean);

        // Row 0: mean of (3,4) and (1,1) = (2, 2.5); row 1: mean of three tokens = (1, 2).
        AssertVector(Unit(2f, 2.5f), vectors[0]);
        AssertVector(Unit(1f, 2f), vectors[1]);
    }

    [Fact]
    public void Zero_vector_stays_zero_instead_of_nan()
    {
        float[] vector = [0, 0, 0];

        EmbeddingPooling.Normalize(vector);

        Assert.Equal([0f, 0f, 0f], vector);
    }

    [Fact]
    public void Output_of_the_wrong_size_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => EmbeddingPooling.Pool(Hidden.AsSpan(1), Batch, 2, SentencePooling.Mean));

    private static float[] Unit(float x, float y)
    {
        var norm = MathF.Sqrt((x * x) + (y * y));
        return [x / norm, y / norm];
    }

    private static void AssertVector(float[] expected, float[] actual) => Vectors.AssertClose(expected, actual, 1e-6);
}
