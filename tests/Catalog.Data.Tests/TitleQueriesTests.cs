using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Testing;

namespace Catalog.Data.Tests;

public sealed class TitleQueriesTests(PostgresFixture postgres)
{
    private static TitleRecord Movie(string id, int year, string genre, bool ai = false) => new()
    {
        Source = "test",
        SourceId = id,
        Kind = TitleKind.Movie,
        Title = id,
        Year = year,
        Genres = [genre],
        AiDisclosures = ai ? [new AiDisclosureRecord(AiUseKind.DeAging, "De-aging", null, "A source")] : [],
    };

    [Fact]
    public async Task Genre_rows_hold_the_biggest_genres_newest_first()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync(
        [
            Movie("d1", 1990, "Drama"), Movie("d2", 2010, "Drama"), Movie("d3", 2000, "Drama"),
            Movie("h1", 1980, "Horror"), Movie("h2", 1985, "Horror"),
            Movie("w1", 1950, "Western"),
        ]);

        var rows = await new TitleQueries(db.DataSource).GetGenreRowsAsync(genreCount: 2, titlesPerRow: 2);

        Assert.Equal(["Drama", "Horror"], rows.Select(r => r.Heading));
        Assert.Equal(["d2", "d3"], rows[0].Titles.Select(t => t.Title));
        Assert.Equal(["h2", "h1"], rows[1].Titles.Select(t => t.Title));
        Assert.Equal("drama", rows[0].GenreSlug);
    }

    [Fact]
    public async Task The_ai_row_holds_only_titles_with_disclosures()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync(
            [Movie("plain", 2024, "Drama"), Movie("ai-old", 2019, "Drama", ai: true), Movie("ai-new", 2024, "Horror", ai: true)]);

        var cards = await new TitleQueries(db.DataSource).GetAiDisclosedAsync(10);

        Assert.Equal(["ai-new", "ai-old"], cards.Select(c => c.Title));
        Assert.All(cards, c => Assert.True(c.HasAiDisclosure));
    }

    [Fact]
    public async Task The_viewers_filters_narrow_every_row_and_drop_rows_left_empty()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync(
        [
            Movie("d80", 1984, "Drama"), Movie("d90-ai", 1995, "Drama", ai: true), Movie("d10", 2010, "Drama"),
            Movie("h80", 1981, "Horror"), Movie("s80", 1983, "Slasher"), Movie("h20-ai", 2021, "Horror", ai: true),
        ]);
        var queries = new TitleQueries(db.DataSource);

        var eighties = await queries.GetGenreRowsAsync(5, 10, new CardFilter(FromYear: 1980, ToYear: 1989));
        var withoutAi = await queries.GetAiDisclosedAsync(10, new CardFilter(WithAi: false));
        var onlyAi = await queries.GetGenreRowsAsync(5, 10, new CardFilter(WithAi: true));
        var horror = await queries.GetGenreRowAsync("horror", 10, new CardFilter(FromYear: 1980, ToYear: 1989));
        var horrorSeries = await queries.GetGenreRowAsync("horror", 10, new CardFilter(Kind: TitleKind.Series));

        Assert.Equal(["d80"], eighties.Single(r => r.Heading == "Drama").Titles.Select(t => t.Title));
        Assert.Equal(["h80"], eighties.Single(r => r.Heading == "Horror").Titles.Select(t => t.Title));
        Assert.Empty(withoutAi);
        Assert.All(onlyAi.SelectMany(r => r.Titles), t => Assert.True(t.HasAiDisclosure));
        Assert.DoesNotContain(onlyAi, r => r.Heading == "Slasher");
        Assert.Equal(["s80", "h80"], horror!.Titles.Select(t => t.Title));
        Assert.Empty(horrorSeries!.Titles);
        Assert.Null(await queries.GetGenreRowAsync("no-such-genre", 10));
    }

    [Fact]
    public async Task Genre_choices_are_the_biggest_genres_by_name()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync(
            [Movie("w1", 1950, "Western"), Movie("w2", 1951, "Western"), Movie("c1", 1990, "Comedy"), Movie("c2", 1991, "Comedy"), Movie("h1", 1980, "Horror")]);

        var choices = await new TitleQueries(db.DataSource).GetGenreChoicesAsync(2);

        Assert.Equal([new GenreRef("Comedy", "comedy"), new GenreRef("Western", "western")], choices);
    }

    [Fact]
    public async Task An_unknown_title_id_gives_null()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        Assert.Null(await new TitleQueries(db.DataSource).GetTitleAsync(424242));
    }
}
