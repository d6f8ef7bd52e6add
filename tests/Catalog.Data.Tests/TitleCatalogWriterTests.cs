using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Testing;
using Npgsql;

namespace Catalog.Data.Tests;

public sealed class TitleCatalogWriterTests(PostgresFixture postgres)
{
    private static TitleRecord Aliens() => SampleTitles.Aliens;

    private static TitleRecord Eternauta() => SampleTitles.Eternauta;

    [Fact]
    public async Task New_titles_are_inserted_with_everything_they_carry()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var result = await new TitleCatalogWriter(db.DataSource).WriteAsync([Aliens(), Eternauta()]);

        Assert.Equal((2, 0, 0), (result.Inserted, result.Updated, result.Unchanged));
        var queries = new TitleQueries(db.DataSource);
        var id = await db.ScalarAsync<long>("SELECT id FROM title WHERE source_id = 'el-eternauta'");
        var title = (await queries.GetTitleAsync(id))!;
        Assert.Equal(TitleKind.Series, title.Kind);
        Assert.Equal(["Science Fiction", "Drama"], title.Genres.Select(g => g.Name));
        Assert.Equal([new SeasonRecord(1, 2025, 6)], title.Seasons);
        Assert.Equal(Eternauta().AiDisclosures, title.AiDisclosures);
        Assert.Equal(("Ricardo Darín", "Juan Salvo"), (title.Credits[1].Name, title.Credits[1].Character));
    }

    [Fact]
    public async Task Credits_keep_billing_order_and_synonyms_map_to_genres()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync([Aliens()]);

        var id = await db.ScalarAsync<long>("SELECT id FROM title WHERE source_id = 'aliens'");
        var title = (await new TitleQueries(db.DataSource).GetTitleAsync(id))!;
        Assert.Equal(["James Cameron", "Sigourney Weaver", "Michael Biehn"], title.Credits.Select(c => c.Name));
        Assert.Equal([CreditRole.Director, CreditRole.Actor, CreditRole.Actor], title.Credits.Select(c => c.Role));
        Assert.Equal(["Science Fiction", "Action"], title.Genres.Select(g => g.Name));
    }

    [Fact]
    public async Task Writing_the_same_titles_again_changes_nothing()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var writer = new TitleCatalogWriter(db.DataSource);
        await writer.WriteAsync([Aliens(), Eternauta()]);
        var before = await db.SnapshotAsync();

        var again = await writer.WriteAsync([Aliens(), Eternauta()]);

        Assert.Equal((0, 0, 2), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_title_is_updated_in_place_and_its_credits_replaced()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var writer = new TitleCatalogWriter(db.DataSource);
        await writer.WriteAsync([Aliens()]);
        var id = await db.ScalarAsync<long>("SELECT id FROM title WHERE source_id = 'aliens'");

        var changed = Aliens() with { Synopsis = "A new synopsis.", Credits = [new CreditRecord("Sigourney Weaver", CreditRole.Actor)] };
        var result = await writer.WriteAsync([changed]);

        Assert.Equal((0, 1, 0), (result.Inserted, result.Updated, result.Unchanged));
        var title = (await new TitleQueries(db.DataSource).GetTitleAsync(id))!;
        Assert.Equal("A new synopsis.", title.Synopsis);
        Assert.Equal(["Sigourney Weaver"], title.Credits.Select(c => c.Name));
        Assert.Equal(2L, title.RowVersion);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM title"));
    }

    [Fact]
    public async Task A_label_the_vocabulary_lacks_becomes_a_new_genre()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var result = await new TitleCatalogWriter(db.DataSource).WriteAsync([Aliens() with { Genres = ["Mumblecore"] }]);

        Assert.Equal(["Mumblecore"], result.CreatedGenres);
        Assert.Equal("mumblecore", await db.ScalarAsync<string>("SELECT slug FROM genre WHERE name = 'Mumblecore'"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM genre_synonym WHERE alias = 'mumblecore'"));
    }

    [Fact]
    public async Task People_are_shared_across_titles_by_folded_name()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var other = Eternauta() with { SourceId = "other", Credits = [new CreditRecord("RICARDO DARIN", CreditRole.Actor)] };
        await new TitleCatalogWriter(db.DataSource).WriteAsync([Eternauta(), other]);

        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM person WHERE name_key = 'ricardo darin'"));
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM credit c JOIN person p ON p.id = c.person_id WHERE p.name_key = 'ricardo darin'"));
    }

    [Fact]
    public async Task A_batch_the_database_refuses_is_rolled_back_whole()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var writer = new TitleCatalogWriter(db.DataSource);
        await writer.WriteAsync([Eternauta()]);
        var before = await db.SnapshotAsync();

        var impossible = Aliens() with { SourceId = "bad", EndYear = 1990 };
        await Assert.ThrowsAsync<PostgresException>(() => writer.WriteAsync([Aliens(), impossible, Eternauta() with { Title = "Changed" }]));

        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task A_batch_holding_one_title_twice_is_refused_before_writing()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => new TitleCatalogWriter(db.DataSource).WriteAsync([Aliens(), Aliens()]));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM title"));
    }
}
