using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

/// <summary>The int8 model against the float one it was made from: same space, nearly the same vectors, stored apart.</summary>
public sealed class ArcticXsInt8EmbeddingTests(ArcticXsFixture floats) : IClassFixture<ArcticXsFixture>, IDisposable
{
    private readonly OnnxSentenceEmbeddingGenerator _int8 = new(new EmbeddingOptions { Precision = EmbeddingPrecision.Int8 });

    private static readonly string[] Plots =
    [
        "Marines return to the planet where the creatures were found.",
        "A drifter finds sunglasses that reveal aliens ruling society.",
        "A London bookseller falls in love with a famous actress.",
        "A deadly snowfall kills most of Buenos Aires.",
        "In a crime-ridden Detroit of the near future, a police officer is rebuilt as a cyborg.",
        "Hello, World!",
    ];

    public void Dispose() => _int8.Dispose();

    [Fact]
    public void Its_vectors_are_stored_under_their_own_model_id()
    {
        Assert.Equal("snowflake-arctic-embed-xs-int8", _int8.Model.ModelId);
        Assert.Equal(EmbeddingPrecision.Int8, _int8.Model.Precision);
        Assert.Equal(floats.Generator.Model.Dimension, _int8.Model.Dimension);
    }

    [Fact]
    public void A_token_cap_other_than_the_default_is_part_of_the_model_id()
    {
        using var capped = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions { MaxTokens = 64, BulkParallelism = 1 });

        Assert.Equal("snowflake-arctic-embed-xs-int8-64t", capped.Model.ModelId);
    }

    [Fact]
    public async Task Batches_run_in_parallel_come_back_in_order_with_the_vectors_of_one_run_at_a_time()
    {
        string[] texts = [.. Plots, .. Plots.Select((plot, i) => $"{i} years later. {plot}"), "A", "robot cop in detroit"];
        using var parallel = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions { BatchSize = 2, BulkParallelism = 3 });
        using var serial = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions { BatchSize = 2, BulkParallelism = 1 });

        var inParallel = await parallel.GenerateAsync(texts);
        var oneAtATime = await serial.GenerateDocumentVectorsAsync(texts);

        Assert.Equal(texts.Length, inParallel.Count);
        Assert.Equal(serial.Model.ModelId, parallel.Model.ModelId);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(Vectors.Cosine(inParallel[i].Vector, oneAtATime[i]) >= 0.9999, $"text {i}: {Vectors.Cosine(inParallel[i].Vector, oneAtATime[i]):F6}");
        }

        Assert.True(inParallel.Usage!.InputTokenCount > texts.Length * 2);
    }

    [Fact]
    public async Task By_default_a_texts_vector_does_not_depend_on_the_texts_embedded_with_it()
    {
        // The int8 model quantizes activations with one scale per run: in a batch of several, the
        // other texts (and their padding) would move this one's vector.
        using var generator = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions());
        var text = Plots[4];

        var alone = await generator.GenerateDocumentVectorsAsync([text]);
        var among = await generator.GenerateDocumentVectorsAsync([.. Plots, .. Plots.Select(p => $"Later, and at length: {p} {p}")]);

        Assert.Equal(alone[0].ToArray(), among[4].ToArray(), (a, b) => Math.Abs(a - b) < 1e-6f);
    }

    [Fact]
    public async Task Document_and_query_vectors_stay_within_a_cosine_of_0_98_of_the_float_models()
    {
        var exact = await floats.Generator.GenerateDocumentVectorsAsync(Plots);
        var quantized = await _int8.GenerateDocumentVectorsAsync(Plots);
        var exactQuery = await floats.Generator.GenerateQueryVectorAsync("robot cop in detroit");
        var quantizedQuery = await _int8.GenerateQueryVectorAsync("robot cop in detroit");

        for (var i = 0; i < Plots.Length; i++)
        {
            Assert.InRange(Vectors.Norm(quantized[i]), 0.999, 1.001);
            Assert.True(Vectors.Cosine(exact[i], quantized[i]) >= 0.98, $"\"{Plots[i]}\": {Vectors.Cosine(exact[i], quantized[i]):F4}");
        }

        Assert.True(Vectors.Cosine(exactQuery, quantizedQuery) >= 0.98);
    }

    [Fact]
    public async Task A_query_finds_the_same_best_plots_as_with_the_float_model()
    {
        var query = "aliens attack soldiers on another planet";
        var exact = Rank(await floats.Generator.GenerateQueryVectorAsync(query), await floats.Generator.GenerateDocumentVectorsAsync(Plots));
        var quantized = Rank(await _int8.GenerateQueryVectorAsync(query), await _int8.GenerateDocumentVectorsAsync(Plots));

        // The same three best; the two alien plots score within quantization error of each other
        // (0 and 1 swap places when each text is quantized alone), so their order is not asked.
        Assert.Equal(exact.Take(3).Order(), quantized.Take(3).Order());
        Assert.Equal(exact[2], quantized[2]);
        // The romantic comedy stays below the two alien plots whichever model ranks.
        Assert.True(quantized.IndexOf(2) > Math.Max(quantized.IndexOf(0), quantized.IndexOf(1)));
    }

    private static List<int> Rank(ReadOnlyMemory<float> query, IReadOnlyList<ReadOnlyMemory<float>> documents) =>
        Enumerable.Range(0, documents.Count).OrderByDescending(i => Vectors.Cosine(query, documents[i])).ToList();
}
