using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

public sealed class ArcticXsEmbeddingTests(ArcticXsFixture fixture)
    : SentenceEmbeddingGeneratorTests(fixture.Generator), IClassFixture<ArcticXsFixture>
{
    private const string Prefix = "Represent this sentence for searching relevant passages: ";

    protected override string ExpectedModelId => "snowflake-arctic-embed-xs";

    protected override float[] HelloWorldComponents => [-0.005457f, 0.038035f, 0.012094f, 0.003995f, 0.039429f, -0.025103f];

    [Fact]
    public void Model_uses_cls_pooling_and_the_query_prefix()
    {
        Assert.Equal(SentencePooling.Cls, Generator.Model.Pooling);
        Assert.Equal(Prefix, Generator.Model.QueryPrefix);
    }

    [Fact]
    public async Task Queries_are_embedded_with_the_prefix()
    {
        var query = await Generator.GenerateQueryVectorAsync(MarinesQuery);
        var documents = await Generator.GenerateDocumentVectorsAsync([MarinesQuery, Prefix + MarinesQuery]);

        Assert.True(Vectors.Cosine(query, documents[0]) < 0.99, "The query vector should differ from the bare text's.");
        Vectors.AssertClose(documents[1], query);
    }
}
