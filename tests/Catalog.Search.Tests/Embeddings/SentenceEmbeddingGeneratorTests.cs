using Catalog.Search.Embeddings;
using Microsoft.Extensions.AI;

namespace Catalog.Search.Tests.Embeddings;

/// <summary>What every sentence model must do; the subclasses add what differs between models.</summary>
public abstract class SentenceEmbeddingGeneratorTests(OnnxSentenceEmbeddingGenerator generator)
{
    protected const string MarinesQuery = "marines fight aliens on a distant planet";

    protected OnnxSentenceEmbeddingGenerator Generator { get; } = generator;

    protected abstract string ExpectedModelId { get; }

    /// <summary>
    /// Components 0, 1, 2, 3, 100 and 383 of the document vector of "Hello, World!". When written they
    /// matched the packages' own encoders to 1e-7; they catch a change of pooling, tokens or prefix.
    /// </summary>
    protected abstract float[] HelloWorldComponents { get; }

    [Fact]
    public async Task Vectors_have_the_model_dimension_and_unit_length()
    {
        var embeddings = await Generator.GenerateAsync(["Hello, World!", "", "A much longer sentence about a film with a plot."]);

        Assert.Equal(3, embeddings.Count);
        Assert.All(embeddings, e =>
        {
            Assert.Equal(384, e.Vector.Length);
            Assert.Equal(1.0, Vectors.Norm(e.Vector), 1e-4);
            Assert.Equal(ExpectedModelId, e.ModelId);
        });
    }

    [Fact]
    public async Task Hello_world_matches_the_reference_vector()
    {
        var vector = (await Generator.GenerateDocumentVectorsAsync(["Hello, World!"]))[0];

        int[] indexes = [0, 1, 2, 3, 100, 383];
        Vectors.AssertClose(HelloWorldComponents, indexes.Select(i => vector.Span[i]).ToArray(), 1e-3);
    }

    [Fact]
    public async Task A_text_gets_the_same_vector_alone_and_inside_batches()
    {
        string[] texts =
        [
            "A long paragraph that forces padding on every shorter text in the same batch, because it has many more tokens.",
            "Hello, World!", "short", "",
            "Soldiers battle extraterrestrial creatures on another world", "a romantic comedy about a wedding in Paris",
        ];

        var together = await Generator.GenerateDocumentVectorsAsync(texts);

        Assert.Equal(texts.Length, together.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            var alone = (await Generator.GenerateDocumentVectorsAsync([texts[i]]))[0];
            Vectors.AssertClose(alone, together[i]);
        }
    }

    [Fact]
    public async Task Concurrent_calls_get_the_same_vectors_as_one_call()
    {
        string[] texts = ["first text", "second text", "a third, longer text", "fourth", "fifth text here", "sixth"];
        var sequential = await Generator.GenerateDocumentVectorsAsync(texts);

        var concurrent = await Task.WhenAll(texts.Select(t => Task.Run(() => Generator.GenerateDocumentVectorsAsync([t]))));

        for (var i = 0; i < texts.Length; i++)
        {
            Vectors.AssertClose(sequential[i], concurrent[i][0]);
        }
    }

    [Fact]
    public async Task Empty_and_null_texts_still_get_the_vector_of_cls_sep()
    {
        var embeddings = await Generator.GenerateAsync(["", null!, "   "]);

        Assert.Equal(3, embeddings.Count);
        Assert.Equal(1.0, Vectors.Norm(embeddings[0].Vector), 1e-4);
        Vectors.AssertClose(embeddings[0].Vector, embeddings[1].Vector);
        Vectors.AssertClose(embeddings[0].Vector, embeddings[2].Vector);
    }

    [Fact]
    public async Task No_texts_give_no_embeddings()
    {
        var embeddings = await Generator.GenerateAsync([]);

        Assert.Empty(embeddings);
    }

    [Fact]
    public async Task Usage_counts_real_tokens()
    {
        var embeddings = await Generator.GenerateAsync(["Hello, World!", ""]);

        Assert.Equal(6 + 2, embeddings.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task Soldiers_and_aliens_are_closer_to_marines_than_a_romantic_comedy()
    {
        var query = await Generator.GenerateQueryVectorAsync(MarinesQuery);
        var documents = await Generator.GenerateDocumentVectorsAsync(
            ["Soldiers battle extraterrestrial creatures on another world", "a romantic comedy about a wedding in Paris"]);

        Assert.True(Vectors.Cosine(query, documents[0]) > Vectors.Cosine(query, documents[1]),
            $"war {Vectors.Cosine(query, documents[0]):F3} vs romance {Vectors.Cosine(query, documents[1]):F3}");
    }

    [Fact]
    public async Task Robot_cop_in_detroit_finds_robocop_before_titanic()
    {
        var query = await Generator.GenerateQueryVectorAsync("robot cop in detroit");
        var plots = await Generator.GenerateDocumentVectorsAsync(
        [
            "In a crime-ridden Detroit of the near future, a police officer is gunned down by a gang. A corporation "
                + "rebuilds him as an armoured cyborg law enforcer, and he slowly recovers memories of his former life.",
            "A young aristocrat engaged to a wealthy man falls for a penniless artist aboard a luxurious ocean liner "
                + "on its doomed maiden voyage across the Atlantic.",
        ]);

        Assert.True(Vectors.Cosine(query, plots[0]) > Vectors.Cosine(query, plots[1]),
            $"robocop {Vectors.Cosine(query, plots[0]):F3} vs titanic {Vectors.Cosine(query, plots[1]):F3}");
    }

    [Fact]
    public void Metadata_names_the_provider_model_and_dimension()
    {
        var metadata = Generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("onnx", metadata.ProviderName);
        Assert.Equal(ExpectedModelId, metadata.DefaultModelId);
        Assert.Equal(384, metadata.DefaultModelDimensions);
        Assert.Same(Generator, Generator.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Null(Generator.GetService<EmbeddingGeneratorMetadata>("some key"));
    }

    [Fact]
    public async Task Cancelled_request_throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Generator.GenerateAsync(["Hello, World!"], cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task Other_models_and_dimensions_are_refused()
    {
        await Assert.ThrowsAsync<NotSupportedException>(
            () => Generator.GenerateAsync(["x"], new EmbeddingGenerationOptions { ModelId = "text-embedding-3-small" }));
        await Assert.ThrowsAsync<NotSupportedException>(
            () => Generator.GenerateAsync(["x"], new EmbeddingGenerationOptions { Dimensions = 256 }));
    }
}
