using Catalog.Core.Titles;
using Catalog.Search.Embeddings;
using Catalog.Search.Retrieval;
using Catalog.Search.Searching;
using Catalog.Search.Understanding;
using Catalog.Testing;

namespace Catalog.Search.Tests.Searching;

/// <summary>The viewer's own filters, "more like this" and "like &lt;title&gt;" over a real catalog database.</summary>
public sealed class ViewerFilterSearchTests(PostgresFixture postgres)
{
    private static readonly TitleRecord[] Catalog =
    [
        SearchCatalogs.Film("Aliens_(film)", "Aliens", 1986, ["Science Fiction", "Action"], "Space marines fight alien creatures on a distant planet colony."),
        SearchCatalogs.Film("Alien_(film)", "Alien", 1979, ["Science Fiction", "Horror"], "The crew of a space freighter is hunted by an alien creature."),
        SearchCatalogs.Film("They_Live", "They Live", 1988, ["Science Fiction", "Thriller"], "A drifter finds sunglasses that reveal aliens ruling society."),
        SearchCatalogs.Film("Heat_(1995_film)", "Heat", 1995, ["Crime", "Thriller"], "A detective chases a crew of bank robbers in Los Angeles."),
        SearchCatalogs.Film("Notting_Hill_(film)", "Notting Hill", 1999, ["Romance", "Comedy"], "A London bookseller falls in love with a famous actress."),
        SampleTitles.Eternauta,
    ];

    private Task<(TestDatabase Db, SearchRuntime Runtime)> StartAsync() => SearchCatalogs.StartAsync(postgres, Catalog);

    private static async Task<long> IdAsync(TestDatabase db, string sourceId) =>
        await db.ScalarAsync<long>("SELECT id FROM title WHERE source_id = $1", sourceId);

    [Fact]
    public async Task The_viewers_filters_apply_with_the_querys_own()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;
        var eighties = new SearchFilter { Years = new YearRange(1980, 1989, "1980s") };

        var response = await runtime.Search.SearchAsync(new SearchRequest("sci-fi") { ViewerFilter = eighties });

        Assert.Equal(["Aliens_(film)", "They_Live"], response.Results.Select(r => r.SourceId).Order());
        Assert.Empty(response.Relaxed);
    }

    [Fact]
    public async Task Relaxation_loosens_the_querys_filters_but_never_the_viewers()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;
        var withoutAi = new SearchFilter { AiUse = AiUseFilter.WithoutAi };
        var seventies = new SearchFilter { Years = new YearRange(1970, 1979, "1970s") };

        // "sci-fi series" has one answer, El Eternauta, which the viewer hides: kind is loosened, AI never.
        var hidden = await runtime.Search.SearchAsync(new SearchRequest("sci-fi series") { ViewerFilter = withoutAi });
        // The query's 1980s and the viewer's 1970s cannot both hold: the query's years go.
        var clash = await runtime.Search.SearchAsync(new SearchRequest("80s sci-fi") { ViewerFilter = seventies });

        Assert.DoesNotContain(hidden.Results, r => r.HasAiDisclosure);
        Assert.Equal(["kind (series)"], hidden.Relaxed);
        Assert.Equal(3, hidden.Results.Count);
        Assert.Equal(["Alien_(film)"], clash.Results.Select(r => r.SourceId));
        Assert.Equal(["years (1980s)"], clash.Relaxed);
    }

    [Fact]
    public async Task A_viewer_genre_filter_by_slug_includes_the_genres_narrower_ones()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var scifi = runtime.Understanding.GenreForSlug("science-fiction");
        var unknown = runtime.Understanding.GenreForSlug("no-such-genre");
        var response = await runtime.Search.SearchAsync(new SearchRequest("crew") { ViewerFilter = new SearchFilter { Genres = [scifi!] } });

        Assert.NotNull(scifi);
        Assert.Null(unknown);
        Assert.Equal(["Alien_(film)"], response.Results.Select(r => r.SourceId));
    }

    [Fact]
    public async Task More_like_this_without_vectors_ranks_by_the_titles_words_and_leaves_the_title_out()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;
        var alien = await IdAsync(db, "Alien_(film)");

        var similar = await runtime.Similar.FindAsync(alien, SearchFilter.None, 3);
        var withAiOnly = await runtime.Similar.FindAsync(alien, new SearchFilter { AiUse = AiUseFilter.OnlyWithAi }, 3);

        Assert.Equal("lexical", similar.Retriever);
        Assert.DoesNotContain(similar.Titles, t => t.TitleId == alien);
        Assert.Equal("Aliens_(film)", similar.Titles[0].SourceId);
        Assert.DoesNotContain(similar.Titles, t => t.SourceId == "Notting_Hill_(film)");
        Assert.All(withAiOnly.Titles, t => Assert.True(t.HasAiDisclosure));
    }

    [Fact]
    public async Task More_like_this_and_like_title_use_the_titles_stored_vector()
    {
        using var generator = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions());
        var (db, runtime) = await SearchCatalogs.StartWithVectorsAsync(postgres, Catalog, generator);
        await using var _ = db;
        using var __ = runtime;
        var alien = await IdAsync(db, "Alien_(film)");

        var similar = await runtime.Similar.FindAsync(alien, SearchFilter.None, 5);
        var like = await runtime.Search.SearchAsync(new SearchRequest("something like Alien"));

        Assert.Equal("vector", similar.Retriever);
        Assert.Equal(5, similar.Titles.Count);
        Assert.DoesNotContain(similar.Titles, t => t.TitleId == alien);
        Assert.Equal("Aliens_(film)", similar.Titles[0].SourceId);
        Assert.Equal("Alien", like.Intent!.Like!.Title);
        Assert.DoesNotContain(like.Results, r => r.TitleId == alien);
        Assert.Equal("Aliens_(film)", like.Results[0].SourceId);
    }
}
