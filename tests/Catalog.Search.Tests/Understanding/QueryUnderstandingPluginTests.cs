using Catalog.Data.Titles;
using Catalog.Search.Understanding;
using Catalog.Testing;
using Microsoft.SemanticKernel;

namespace Catalog.Search.Tests.Understanding;

/// <summary>The understanding loaded from a real catalog, and reached through Semantic Kernel.</summary>
public sealed class QueryUnderstandingPluginTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_kernel_function_understands_with_the_catalogs_own_vocabulary_and_people()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync([SampleTitles.Eternauta, SampleTitles.Aliens]);
        var understanding = new QueryUnderstanding(db.DataSource, TimeProvider.System);
        await understanding.ReloadAsync();
        var kernel = QueryUnderstandingPlugin.CreateKernel(understanding);

        var result = await kernel.InvokeAsync(QueryUnderstandingPlugin.PluginName, "understand_query",
            new KernelArguments { ["query"] = "scary sci-fi shows with ricardo darin from the eighties" });
        var intent = result.GetValue<QueryIntent>()!;

        Assert.Equal((1980, 1989), (intent.Years!.From, intent.Years.To));
        Assert.Equal(["Horror", "Science Fiction"], intent.Genres.Select(g => g.Label).Order());
        Assert.Equal(["Horror", "Slasher"], intent.Genres.Single(g => g.Label == "Horror").GenreNames);
        Assert.Equal("Ricardo Darín", Assert.Single(intent.People).Name);
        Assert.Equal(Core.Titles.TitleKind.Series, intent.Kind);
    }

    [Fact]
    public async Task The_stored_vocabulary_knows_the_names_viewers_give_kinds_of_film()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var understanding = new QueryUnderstanding(db.DataSource, TimeProvider.System);
        await understanding.ReloadAsync();

        string[] Genres(string query) => [.. understanding.Understand(query).Genres.Select(g => g.Label).Order()];

        Assert.Equal(["Drama"], Genres("a good tearjerker"));
        Assert.Equal(["Comedy", "Romance"], Genres("chick flicks from the 2000s"));
        Assert.Equal(["Animated"], Genres("toons"));
        Assert.Equal(["Science Fiction", "Western"], Genres("a space western"));
        Assert.Equal(["Comedy"], Genres("dark comedies"));
        Assert.Equal(["Comedy"], Genres("a mockumentary"));
        Assert.Equal(["Horror"], Genres("creature features from the fifties"));
        // A kind of comedy: the genre filters, and the words stay to rank screwball comedies first.
        Assert.Equal("screwball comedy", understanding.Understand("a screwball comedy").Residue);
        Assert.Equal(string.Empty, understanding.Understand("comedies").Residue);
        Assert.Equal(["Crime"], Genres("heist movies"));
        Assert.Equal("heist", understanding.Understand("heist movies").Residue);
        Assert.Equal(["Documentary"], Genres("so like, 2010s docos"));
        Assert.Equal(["Musical"], Genres("'00s song-and-dance movies"));
        Assert.Equal(["Historical", "War"], Genres("historical combat films"));
    }

    [Fact]
    public async Task The_embedding_generator_is_a_kernel_service()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        using var generator = new Catalog.Search.Embeddings.OnnxSentenceEmbeddingGenerator(new Catalog.Search.Embeddings.EmbeddingOptions { Model = Catalog.Search.Embeddings.SentenceModelKind.MiniLM });
        var kernel = QueryUnderstandingPlugin.CreateKernel(new QueryUnderstanding(db.DataSource, TimeProvider.System), generator);

        var fromKernel = kernel.GetRequiredService<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>();
        var embeddings = await fromKernel.GenerateAsync(["a movie about space"]);

        Assert.Same(generator, fromKernel);
        Assert.Equal(384, embeddings[0].Vector.Length);
    }

    [Fact]
    public async Task Understanding_before_loading_is_an_error()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var understanding = new QueryUnderstanding(db.DataSource, TimeProvider.System);
        Assert.Throws<InvalidOperationException>(() => understanding.Understand("anything"));
    }
}
