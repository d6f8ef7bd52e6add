using Catalog.Core.Titles;
using Catalog.Search.Lexical;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;
using static Catalog.Search.Tests.SearchDocuments;

namespace Catalog.Search.Tests.Lexical;

public sealed class LuceneTitleIndexTests : IDisposable
{
    private readonly LuceneTitleIndex _index = new();

    public LuceneTitleIndexTests()
    {
        _index.Upsert(
        [
            Doc(1, 1987, [SciFi], synopsis: "A murdered Detroit police officer is rebuilt as a cyborg.") with { Title = "RoboCop" },
            Doc(2, 1997, [Comedy], synopsis: "A rich girl and a poor artist fall in love aboard a doomed ocean liner.") with { Title = "Titanic" },
            Doc(3, 1995, [Horror], synopsis: "A crew of bank robbers is chased by an obsessive detective in Los Angeles.") with { Title = "Heat" },
            Doc(4, 2025, [SciFi], TitleKind.Series, ai: true, credits: [new SearchCredit(9, "Ricardo Darín", CreditRole.Actor)],
                synopsis: "A deadly snowfall kills most of Buenos Aires.") with { Title = "El Eternauta" },
        ]);
    }

    private async Task<List<long>> Search(string text, SearchFilter? filter = null) =>
        (await _index.SearchAsync(new LexicalQuery(text, filter ?? SearchFilter.None), 10)).Select(h => h.TitleId).ToList();

    [Fact]
    public async Task Plot_words_find_the_film_with_stemming()
    {
        Assert.Equal(1L, (await Search("murdered detroit cop rebuilt as a cyborg"))[0]);
        Assert.Equal(3L, (await Search("detective chases a bank robbery crew"))[0]);
    }

    [Theory]
    [InlineData("robocp")]
    [InlineData("titanik")]
    [InlineData("eternuata")]
    [InlineData("ricardo dairn")]
    public async Task Misspelled_titles_and_names_still_find_the_title(string typo)
    {
        var expected = typo switch { "robocp" => 1L, "titanik" => 2L, _ => 4L };
        Assert.Equal(expected, (await Search(typo))[0]);
    }

    [Fact]
    public async Task Correctly_spelled_words_do_not_pull_in_near_misses()
    {
        Assert.Equal([3L], await Search("heat detective"));
    }

    [Fact]
    public async Task Irregular_plurals_match_their_singular_both_ways()
    {
        _index.Upsert(
        [
            Doc(5, 2010, [SciFi], synopsis: "A thief plants an idea in a dream.") with { Title = "Dream Job" },
            Doc(6, 1990, [Comedy], synopsis: "Two mice and a goose run a bakery.") with { Title = "Barnyard Bakers" },
        ]);

        // One word each, and two letters from the singular's stem, out of the typo fallback's reach.
        Assert.Equal([6L], await Search("mouse"));
        Assert.Equal([6L], await Search("geese"));
        Assert.Equal([5L], await Search("thieves"));
    }

    [Fact]
    public async Task Everyday_words_find_the_synopsis_that_writes_them_out()
    {
        _index.Upsert(
        [
            Doc(7, 1998, [Comedy], synopsis: "His whole life is a television show.") with { Title = "Broadcast" },
            Doc(8, 1942, [Comedy], synopsis: "A nightclub owner in Morocco during World War II.") with { Title = "Club" },
            Doc(9, 1950, [Comedy], synopsis: "The war came to the world of the club.") with { Title = "Another Club" },
        ]);

        Assert.Equal([7L], await Search("tv"));
        // The written form is a phrase: the same words apart do not count.
        Assert.Equal([8L], await Search("wwii"));
        Assert.Equal([8L], await Search("ww2"));
    }

    [Fact]
    public async Task Names_match_without_their_accents()
    {
        Assert.Equal([4L], await Search("ricardo darin"));
    }

    [Fact]
    public async Task Filters_exclude_and_score_nothing()
    {
        var onlyNineties = SearchFilter.None with { Years = new YearRange(1990, 1999, "1990s") };
        Assert.Equal([3L], await Search("detroit detective", onlyNineties));
        Assert.Equal([4L], await Search("snowfall", SearchFilter.None with { AiUse = AiUseFilter.OnlyWithAi, Kind = TitleKind.Series }));
        Assert.Empty(await Search("snowfall", SearchFilter.None with { AiUse = AiUseFilter.WithoutAi }));
    }

    [Fact]
    public async Task A_genre_ruled_out_removes_its_titles_with_or_without_words_and_other_filters()
    {
        var noSciFi = SearchFilter.None with { ExcludedGenres = [Genre("Science Fiction", SciFi)] };

        Assert.Equal([3L], await Search("detroit detective", noSciFi));
        Assert.Equal([2L, 3L], (await Search(string.Empty, noSciFi)).Order());
        Assert.Empty(await Search(string.Empty, noSciFi with { Genres = [Genre("Science Fiction", SciFi)] }));
    }

    [Fact]
    public async Task A_person_ruled_out_removes_the_titles_crediting_them()
    {
        var noDarin = SearchFilter.None with { ExcludedPeople = [new PersonRequirement(9, "Ricardo Darín", null)] };

        Assert.Empty(await Search("snowfall", noDarin));
        Assert.Equal([1L, 2L, 3L], (await Search(string.Empty, noDarin)).Order());
        Assert.Equal([4L], await Search("snowfall", noDarin with { ExcludedPeople = [new PersonRequirement(9, "Ricardo Darín", CreditRole.Director)] }));
    }

    [Fact]
    public async Task Empty_text_lists_every_title_that_passes_the_filters_best_known_first()
    {
        // El Eternauta (4) credits an actor and RoboCop (1) none, so 4 is better known though indexed later.
        var sciFi = SearchFilter.None with { Genres = [Genre("Science Fiction", SciFi)] };
        Assert.Equal([4L, 1L], await Search(string.Empty, sciFi));

        _index.Upsert([Doc(1, 1987, [SciFi], credits: [.. Enumerable.Range(10, 10).Select(i => new SearchCredit(i, $"Actor {i}", CreditRole.Actor))],
            synopsis: "A murdered Detroit police officer is rebuilt as a cyborg.") with { Title = "RoboCop" }]);
        Assert.Equal([1L, 4L], await Search(string.Empty, sciFi));
    }

    [Fact]
    public async Task Without_words_soft_hints_still_come_before_prominence()
    {
        var hits = await _index.SearchAsync(
            new LexicalQuery(string.Empty, SearchFilter.None with { Genres = [Genre("Science Fiction", SciFi)] }) { PreferredYears = new YearRange(1987, 1987, "hint") }, 10);

        Assert.Equal([1L, 4L], hits.Select(h => h.TitleId));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public async Task Soft_hints_lift_matching_titles_without_excluding_others()
    {
        async Task<List<long>> WithPreferredYears(int from, int to) =>
            (await _index.SearchAsync(new LexicalQuery("artist detective", SearchFilter.None) { PreferredYears = new YearRange(from, to, "hint") }, 10))
            .Select(h => h.TitleId).ToList();

        Assert.Equal([3L, 2L], await WithPreferredYears(1995, 1995));
        Assert.Equal([2L, 3L], await WithPreferredYears(1997, 1997));
    }

    [Fact]
    public async Task Updates_and_deletes_are_visible_at_once()
    {
        _index.Upsert([Doc(2, 1997, [Comedy], synopsis: "An iceberg sinks a ship.") with { Title = "Titanic" }]);
        _index.Delete([1]);

        Assert.Empty(await Search("rich girl poor artist"));
        Assert.Equal([2L], await Search("iceberg"));
        Assert.Empty(await Search("cyborg"));
        Assert.Equal(3, _index.Count);
    }

    public void Dispose() => _index.Dispose();
}
