using Catalog.Search.Embeddings;
using Microsoft.Extensions.AI;

namespace Catalog.Search.Tests.Embeddings;

public sealed class EmbeddingPurposeTests
{
    [Fact]
    public void Query_options_say_query_and_document_options_do_not()
    {
        Assert.True(EmbeddingPurpose.IsQuery(EmbeddingPurpose.ForQuery()));
        Assert.False(EmbeddingPurpose.IsQuery(EmbeddingPurpose.ForDocuments()));
        Assert.Equal("query", EmbeddingPurpose.ForQuery().AdditionalProperties![EmbeddingPurpose.Key]);
        Assert.Equal("catalog.purpose", EmbeddingPurpose.Key);
    }

    [Fact]
    public void Anything_else_means_documents()
    {
        Assert.False(EmbeddingPurpose.IsQuery(null));
        Assert.False(EmbeddingPurpose.IsQuery(new EmbeddingGenerationOptions()));
        Assert.False(EmbeddingPurpose.IsQuery(WithPurpose(42)));
        Assert.True(EmbeddingPurpose.IsQuery(WithPurpose("QUERY")));
    }

    [Fact]
    public void Every_call_gets_its_own_options()
    {
        var first = EmbeddingPurpose.ForQuery();
        first.AdditionalProperties![EmbeddingPurpose.Key] = EmbeddingPurpose.Document;

        Assert.True(EmbeddingPurpose.IsQuery(EmbeddingPurpose.ForQuery()));
    }

    private static EmbeddingGenerationOptions WithPurpose(object value) =>
        new() { AdditionalProperties = new AdditionalPropertiesDictionary { [EmbeddingPurpose.Key] = value } };
}
