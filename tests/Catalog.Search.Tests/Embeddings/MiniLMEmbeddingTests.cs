using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

public sealed class MiniLMEmbeddingTests(MiniLMFixture fixture)
    : SentenceEmbeddingGeneratorTests(fixture.Generator), IClassFixture<MiniLMFixture>
{
    protected override string ExpectedModelId => "all-MiniLM-L6-v2";

    protected override float[] HelloWorldComponents => [-0.038177f, 0.032911f, -0.005459f, 0.014370f, 0.037503f, 0.018163f];

    [Fact]
    public void Model_uses_mean_pooling_and_no_prefix()
    {
        Assert.Equal(SentencePooling.Mean, Generator.Model.Pooling);
        Assert.Equal(string.Empty, Generator.Model.QueryPrefix);
    }

    [Fact]
    public async Task Queries_and_documents_are_embedded_alike()
    {
        var query = await Generator.GenerateQueryVectorAsync(MarinesQuery);
        var document = (await Generator.GenerateDocumentVectorsAsync([MarinesQuery]))[0];

        Vectors.AssertClose(document, query);
    }
}
