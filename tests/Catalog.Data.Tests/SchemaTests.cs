using Catalog.Core.Text;
using Catalog.Testing;
using Npgsql;

namespace Catalog.Data.Tests;

public sealed class SchemaTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Genre_aliases_are_stored_folded_exactly_as_the_code_folds_them()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var aliases = await db.ColumnAsync<string>("SELECT alias FROM genre_synonym");

        Assert.NotEmpty(aliases);
        Assert.All(aliases, alias => Assert.Equal(TextFolding.Fold(alias), alias));
    }

    [Theory]
    [InlineData("sci fi", "Science Fiction")]
    [InlineData("scifi", "Science Fiction")]
    [InlineData("scary", "Horror")]
    [InlineData("cartoon", "Animated")]
    [InlineData("whodunit", "Mystery")]
    [InlineData("biopic", "Biography")]
    [InlineData("kung fu", "Martial Arts")]
    [InlineData("cowboy", "Western")]
    [InlineData("sport", "Sports")]
    [InlineData("zombies", "Horror")]
    [InlineData("ninja", "Martial Arts")]
    [InlineData("world war two", "War")]
    [InlineData("based on a true story", "Biography")]
    [InlineData("oaters", "Western")]
    [InlineData("horse operas", "Western")]
    [InlineData("chillers", "Horror")]
    public async Task Common_synonyms_name_their_genre(string alias, string genre)
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var genres = await db.ColumnAsync<string>(
            "SELECT g.name FROM genre_synonym s JOIN genre g ON g.id = s.genre_id WHERE s.alias = $1", alias);
        Assert.Equal([genre], genres);
    }

    [Theory]
    [InlineData("rom com", "Comedy", "Romance")]
    [InlineData("dramedy", "Comedy", "Drama")]
    [InlineData("legal drama", "Drama", "Legal")]
    [InlineData("period drama", "Drama", "Historical")]
    public async Task A_blend_means_both_its_genres(string alias, string first, string second)
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var genres = await db.ColumnAsync<string>(
            "SELECT g.name FROM genre_synonym s JOIN genre g ON g.id = s.genre_id WHERE s.alias = $1 ORDER BY 1", alias);
        Assert.Equal([first, second], genres);
    }

    [Theory]
    [InlineData("heist", true)]
    [InlineData("world war ii", true)] // A war film, and the war's name ranks ("world war ii" is in the plots).
    [InlineData("vampires", true)]
    [InlineData("true story", false)]
    [InlineData("horror", false)]
    public async Task Words_for_a_kind_of_film_within_a_genre_are_marked_specific(string alias, bool specific)
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var marks = await db.ColumnAsync<bool>("SELECT specific FROM genre_synonym WHERE alias = $1", alias);
        Assert.Equal([specific], marks.Distinct());
    }

    [Fact]
    public async Task Every_wikipedia_genre_label_is_in_the_vocabulary()
    {
        string[] labels =
        [
            "Drama", "Comedy", "Silent", "Western", "Romance", "Crime", "Action", "Thriller", "Musical", "Adventure", "Horror",
            "War", "Science Fiction", "Mystery", "Noir", "Short", "Animated", "Fantasy", "Biography", "Historical", "Documentary",
            "Sports", "Family", "Independent", "Supernatural", "Erotic", "Slasher", "Superhero", "Spy", "Teen", "Satire",
            "Suspense", "Political", "Martial Arts", "Disaster", "Legal", "Performance", "Sport", "Live Action", "Dance", "Found Footage",
        ];
        await using var db = await postgres.CreateDatabaseAsync();
        var aliases = (await db.ColumnAsync<string>("SELECT alias FROM genre_synonym")).ToHashSet();

        Assert.All(labels, label => Assert.Contains(TextFolding.Fold(label), aliases));
    }

    [Fact]
    public async Task Updating_a_title_bumps_its_row_version_and_timestamp()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var id = await db.ScalarAsync<long>(
            "INSERT INTO title (kind, title, source, source_id, content_hash) VALUES ('movie', 'Tron', 'test', 'tron', '\\x00') RETURNING id");
        var before = await db.ScalarAsync<DateTime>("SELECT updated_at FROM title WHERE id = $1", id);

        await db.ScalarAsync<long>("UPDATE title SET year = 1982 WHERE id = $1 RETURNING row_version", id);
        await db.ScalarAsync<long>("UPDATE title SET synopsis = 'A programmer inside a computer.' WHERE id = $1 RETURNING row_version", id);

        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT row_version FROM title WHERE id = $1", id));
        Assert.True(await db.ScalarAsync<DateTime>("SELECT updated_at FROM title WHERE id = $1", id) >= before);
    }

    [Fact]
    public async Task An_edit_based_on_a_stale_row_version_changes_nothing()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var id = await db.ScalarAsync<long>(
            "INSERT INTO title (kind, title, source, source_id, content_hash) VALUES ('movie', 'Tron', 'test', 'tron', '\\x00') RETURNING id");
        await db.ScalarAsync<long>("UPDATE title SET year = 1982 WHERE id = $1 RETURNING row_version", id);

        // What an editor holding version 1 would send: it must match no row.
        var stale = await db.ColumnAsync<long>("UPDATE title SET year = 1999 WHERE id = $1 AND row_version = 1 RETURNING id", id);

        Assert.Empty(stale);
        Assert.Equal(1982, await db.ScalarAsync<int>("SELECT year FROM title WHERE id = $1", id));
    }

    [Theory]
    [InlineData("INSERT INTO title (kind, title, source, source_id, content_hash) VALUES ('film', 'X', 's', 'a', '\\x00')")]
    [InlineData("INSERT INTO title (kind, title, year, source, source_id, content_hash) VALUES ('movie', 'X', 1066, 's', 'a', '\\x00')")]
    [InlineData("INSERT INTO title (kind, title, year, end_year, source, source_id, content_hash) VALUES ('movie', 'X', 2000, 2001, 's', 'a', '\\x00')")]
    [InlineData("INSERT INTO title (kind, title, year, end_year, source, source_id, content_hash) VALUES ('series', 'X', 2000, 1999, 's', 'a', '\\x00')")]
    [InlineData("INSERT INTO title (kind, title, source, source_id, content_hash) VALUES ('movie', '', 's', 'a', '\\x00')")]
    public async Task The_schema_refuses_impossible_titles(string sql)
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var error = await Assert.ThrowsAsync<PostgresException>(() => db.ScalarAsync<object>(sql));
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task A_source_id_is_unique_within_its_source_only()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        const string insert = "INSERT INTO title (kind, title, source, source_id, content_hash) VALUES ('movie', 'X', $1, 'same', '\\x00') RETURNING id";
        await db.ScalarAsync<long>(insert, "wikipedia");
        await db.ScalarAsync<long>(insert, "seed");

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.ScalarAsync<long>(insert, "seed"));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }
}
