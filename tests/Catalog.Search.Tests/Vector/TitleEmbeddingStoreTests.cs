using Catalog.Data.Titles;
using Catalog.Search.Embeddings;
using Catalog.Search.Retrieval;
using Catalog.Search.Vector;
using Catalog.Testing;
using Microsoft.Extensions.AI;

namespace Catalog.Search.Tests.Vector;

/// <summary>Title embeddings stored passage by passage in a real catalog database.</summary>
public sealed class TitleEmbeddingStoreTests(PostgresFixture postgres)
{
    // Two sentences of 40 words each: more than one passage holds, so two passages.
    private static readonly string LongSynopsis =
        "A drifter " + string.Join(' ', Enumerable.Repeat("wanders", 37)) + " town. " +
        "Then he " + string.Join(' ', Enumerable.Repeat("finds", 37)) + " sunglasses.";

    [Fact]
    public async Task Each_passage_is_a_row_unchanged_titles_are_skipped_and_a_shorter_synopsis_leaves_no_stale_rows()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var _ = db;
        var writer = new TitleCatalogWriter(db.DataSource);
        await writer.WriteAsync([
            SearchCatalogs.Film("They_Live", "They Live", 1988, ["Science Fiction"], LongSynopsis),
            SearchCatalogs.Film("Heat_(1995_film)", "Heat", 1995, ["Crime"], "A detective chases bank robbers."),
        ]);
        using var model = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions());
        var counting = new CountingGenerator(model);
        var store = new TitleEmbeddingStore(db.DataSource);

        var first = await store.ReindexAsync(counting, model.Model.ModelId, force: false);
        var again = await store.ReindexAsync(counting, model.Model.ModelId, force: false);

        Assert.Equal((2, 2, 0), (first.Titles, first.Embedded, first.Unchanged));
        Assert.Equal((2, 0, 2), (again.Titles, again.Embedded, again.Unchanged));
        Assert.Equal(3, counting.Texts);
        Assert.Equal([0, 1], await PassagesAsync(db, "They_Live"));
        Assert.Equal([0], await PassagesAsync(db, "Heat_(1995_film)"));

        await writer.WriteAsync([SearchCatalogs.Film("They_Live", "They Live", 1988, ["Science Fiction"], "A drifter finds sunglasses.")]);
        var edited = await store.ReindexAsync(counting, model.Model.ModelId, force: false);
        var records = await store.LoadAsync(model.Model.ModelId);

        Assert.Equal((1, 1), (edited.Embedded, edited.Unchanged));
        Assert.Equal([0], await PassagesAsync(db, "They_Live"));
        var theyLive = Assert.Single(records, r => r.Document.Title == "They Live");
        var expected = await model.GenerateDocumentVectorsAsync(EmbeddingPassages.For(theyLive.Document));
        Assert.Equal(expected.Single().ToArray(), Assert.Single(theyLive.Vectors).ToArray(), (a, b) => Math.Abs(a - b) < 1e-4f);
    }

    private static async Task<List<short>> PassagesAsync(TestDatabase db, string sourceId) =>
        await db.ColumnAsync<short>(
            "SELECT e.passage FROM title_embedding e JOIN title t ON t.id = e.title_id WHERE t.source_id = $1 ORDER BY e.passage", sourceId);

    /// <summary>The real model, counting the texts it is asked to embed.</summary>
    private sealed class CountingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Texts { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToList();
            Texts += texts.Count;
            return inner.GenerateAsync(texts, options, cancellationToken);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

        public void Dispose()
        {
        }
    }
}
