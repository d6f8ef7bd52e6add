using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Search.Searching;
using Catalog.Search.Understanding;
using Catalog.Search.Understanding.Chat;
using Catalog.Testing;

namespace Catalog.Search.Tests.Searching;

/// <summary>The whole text search over a real catalog database, lexical retrieval only (dense retrieval has its own tests).</summary>
public sealed class CatalogSearchTests(PostgresFixture postgres)
{
    private static readonly TitleRecord[] Catalog =
    [
        SearchCatalogs.Film("Aliens_(film)", "Aliens", 1986, ["Science Fiction", "Action"], "Marines return to the planet where the creatures were found.", new CreditRecord("Sigourney Weaver", CreditRole.Actor)),
        SearchCatalogs.Film("They_Live", "They Live", 1988, ["Science Fiction", "Thriller"], "A drifter finds sunglasses that reveal aliens ruling society.", new CreditRecord("John Carpenter", CreditRole.Director)),
        SearchCatalogs.Film("Heat_(1995_film)", "Heat", 1995, ["Crime", "Thriller"], "A detective chases a crew of bank robbers in Los Angeles.", new CreditRecord("Al Pacino", CreditRole.Actor)),
        SearchCatalogs.Film("Halloween_(1978_film)", "Halloween", 1978, ["Slasher"], "A masked killer returns to his home town.", new CreditRecord("John Carpenter", CreditRole.Director)),
        SampleTitles.Eternauta,
    ];

    private Task<(TestDatabase Db, SearchRuntime Runtime)> StartAsync() => SearchCatalogs.StartAsync(postgres, Catalog);

    [Fact]
    public async Task An_attribute_query_returns_exactly_the_titles_that_meet_its_filters()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var response = await runtime.Search.SearchAsync(new SearchRequest("find me an '80s sci-fi thriller"));

        Assert.Equal(["They_Live"], response.Results.Select(r => r.SourceId));
        Assert.Equal("1980s", response.Intent!.Years!.Label);
        Assert.Empty(response.Relaxed);
        Assert.Contains("understand", response.TimingsMs.Keys);
        Assert.Contains("total", response.TimingsMs.Keys);
    }

    [Fact]
    public async Task A_genre_ruled_out_leaves_out_every_title_of_it_and_its_chip_brings_them_back()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var notThrillers = await runtime.Search.SearchAsync(new SearchRequest("sci-fi movies that aren't thrillers"));
        var notSlashers = await runtime.Search.SearchAsync(new SearchRequest("john carpenter films but no slashers"));

        Assert.Equal(["Aliens_(film)"], notThrillers.Results.Select(r => r.SourceId));
        Assert.Equal(["They_Live"], notSlashers.Results.Select(r => r.SourceId));
        var chip = Assert.Single(notThrillers.Chips, c => c.Kind == "excluded-genre");
        Assert.Equal("not Thriller", chip.Label);
        var again = await runtime.Search.SearchAsync(new SearchRequest("sci-fi movies that aren't thrillers") { RemovedChips = [chip.Key] });
        Assert.Equal(["Aliens_(film)", "They_Live"], again.Results.Select(r => r.SourceId).Order());
        Assert.Empty(again.Intent!.ExcludedGenres);
    }

    [Fact]
    public async Task Genres_joined_by_or_find_the_titles_of_either()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var response = await runtime.Search.SearchAsync(new SearchRequest("crime or slasher films"));

        Assert.Equal(["Halloween_(1978_film)", "Heat_(1995_film)"], response.Results.Select(r => r.SourceId).Order());
        Assert.Equal("Crime or Slasher", Assert.Single(response.Chips, c => c.Kind == "genre").Label);
        Assert.Empty(response.Relaxed);
    }

    [Fact]
    public async Task A_person_ruled_out_leaves_out_their_titles_and_has_a_chip()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var response = await runtime.Search.SearchAsync(new SearchRequest("thrillers not directed by john carpenter"));

        Assert.Equal(["Heat_(1995_film)"], response.Results.Select(r => r.SourceId));
        Assert.Equal(("John Carpenter", CreditRole.Director), response.Intent!.ExcludedPeople.Select(p => (p.Name, p.Role)).Single());
        Assert.Equal("not directed by John Carpenter", Assert.Single(response.Chips, c => c.Kind == "excluded-person").Label);
    }

    [Fact]
    public async Task People_joined_by_or_find_the_titles_of_either()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var either = await runtime.Search.SearchAsync(new SearchRequest("movies with al pacino or sigourney weaver"));
        var both = await runtime.Search.SearchAsync(new SearchRequest("movies with al pacino and sigourney weaver"));

        // Weaver is credited once here, too seldom to count without a cue: she shares Pacino's "with".
        Assert.Equal([("Al Pacino", CreditRole.Actor), ("Sigourney Weaver", CreditRole.Actor)], either.Intent!.People.Select(p => (p.Name, p.Role)));
        Assert.Equal(["Aliens_(film)", "Heat_(1995_film)"], either.Results.Select(r => r.SourceId).Order());
        Assert.Empty(either.Relaxed);
        Assert.True(either.Intent!.AnyPerson);
        var chip = Assert.Single(either.Chips, c => c.Kind == "person");
        Assert.Equal("Al Pacino or Sigourney Weaver", chip.Label);
        var neither = await runtime.Search.SearchAsync(new SearchRequest("movies with al pacino or sigourney weaver") { RemovedChips = [chip.Key] });
        Assert.Empty(neither.Intent!.People);
        Assert.False(neither.Intent.AnyPerson);
        // Together they made nothing: the second named is loosened, and the response says so.
        Assert.Equal(["kind (movie)", "person (Sigourney Weaver)"], both.Relaxed);
    }

    [Fact]
    public async Task A_chat_model_when_set_reads_the_query_and_its_filters_apply()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;
        var model = new Understanding.PlayedChatModel(_ => Understanding.PlayedChatModel.ToolCall(
            new { people = new[] { "John Carpenter" }, genres = new[] { "Horror" }, text = "masked killer" }));
        runtime.Search.Chat = new ChatQueryUnderstanding(
            runtime.Understanding, new ChatUnderstandingOptions { Endpoint = "http://model.test/v1", Model = "m" }, TimeProvider.System, new HttpClient(model));

        var response = await runtime.Search.SearchAsync(new SearchRequest("that carpenter one where a guy in a mask comes home"));

        Assert.Equal(QueryIntent.ByChatModel, response.Intent!.UnderstoodBy);
        Assert.Equal(["Halloween_(1978_film)"], response.Results.Select(r => r.SourceId));
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task A_broad_genre_finds_its_narrower_genres_too()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var response = await runtime.Search.SearchAsync(new SearchRequest("horror movies from the seventies"));

        Assert.Equal(["Halloween_(1978_film)"], response.Results.Select(r => r.SourceId));
    }

    [Fact]
    public async Task When_nothing_meets_the_filters_they_are_loosened_and_the_response_says_which()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var response = await runtime.Search.SearchAsync(new SearchRequest("sci-fi thrillers from the 1950s"));

        Assert.Equal(["years (1950s)"], response.Relaxed);
        Assert.Equal(["They_Live"], response.Results.Select(r => r.SourceId));
    }

    [Fact]
    public async Task Filters_are_never_loosened_into_the_whole_catalog()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var response = await runtime.Search.SearchAsync(new SearchRequest("westerns from 1950"));

        Assert.Empty(response.Results);
        Assert.Equal(["years (1950 widened to the 1950s)", "years (1950s)"], response.Relaxed);
    }

    [Fact]
    public async Task A_person_query_filters_by_credit_and_role()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var response = await runtime.Search.SearchAsync(new SearchRequest("films directed by John Carpenter"));

        Assert.Equal(["Halloween_(1978_film)", "They_Live"], response.Results.Select(r => r.SourceId).Order());
    }

    [Fact]
    public async Task A_described_plot_finds_the_film_and_ai_titles_can_be_asked_for()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var plot = await runtime.Search.SearchAsync(new SearchRequest("obsessive detective chases bank robbers in los angeles"));
        var ai = await runtime.Search.SearchAsync(new SearchRequest("shows made with AI"));

        Assert.Equal("Heat_(1995_film)", plot.Results[0].SourceId);
        Assert.Equal(["el-eternauta"], ai.Results.Select(r => r.SourceId));
        Assert.True(ai.Results[0].HasAiDisclosure);
    }

    [Fact]
    public async Task Lexical_mode_ranks_the_raw_text_without_understanding()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        var response = await runtime.Search.SearchAsync(new SearchRequest("sunglasses reveal aliens", SearchMode.Lexical));

        Assert.Null(response.Intent);
        Assert.Equal("They_Live", response.Results[0].SourceId);
    }

    [Fact]
    public async Task Vector_mode_without_a_vector_index_is_an_error()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;

        await Assert.ThrowsAsync<InvalidOperationException>(() => runtime.Search.SearchAsync(new SearchRequest("aliens", SearchMode.Vector)));
    }

    [Fact]
    public async Task Stages_that_ran_before_the_search_join_its_timings_and_its_total()
    {
        var (db, runtime) = await StartAsync();
        await using var _ = db;
        using var __ = runtime;
        var preceding = new Dictionary<string, double> { ["decode"] = 3.0, ["transcribe"] = 250.0 };

        var response = await runtime.Search.SearchAsync(new SearchRequest("80s sci-fi") { Source = "voice", PrecedingStagesMs = preceding });

        Assert.Equal(3.0, response.TimingsMs["decode"]);
        Assert.Equal(250.0, response.TimingsMs["transcribe"]);
        Assert.True(response.TimingsMs["total"] - 253.0 >= response.TimingsMs["understand"], "the total counts the earlier stages and the search's own");
    }
}
