using Catalog.Data.Titles;
using Catalog.Import.Wikipedia;
using Catalog.Testing;

namespace Catalog.Import.Tests;

public sealed class WikipediaImporterTests(PostgresFixture postgres) : IDisposable
{
    private readonly TempFolder _files = new();

    [Fact]
    public async Task Imports_films_keyed_by_href_with_derived_ids_for_films_without_one()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var file = _files.Write("movies-1980s.json", WikipediaFixture.Eighties);

        var report = await Importer(db).ImportAsync([file]);

        Assert.True(report.Succeeded);
        Assert.Equal((6, 4, 1), (report.Read, report.Inserted, report.DuplicatesMerged));
        var ids = await db.ColumnAsync<string>("SELECT source_id FROM title WHERE source = 'wikipedia' ORDER BY source_id");
        Assert.Equal(["Aliens_(film)", "Singin%27_in_the_Rain", "derived:nameless-short-1905", "derived:the-lost-reel-1921"], ids);
    }

    [Fact]
    public async Task A_record_without_a_title_is_rejected_with_its_reason_and_the_rest_imported()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var file = _files.Write("movies-1980s.json", WikipediaFixture.Eighties);

        var report = await Importer(db).ImportAsync([file]);

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal((6, "Untitled_(film)", "it has no title"), (rejected.RecordNumber, rejected.Label, rejected.Reason));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM title WHERE source_id = 'Untitled_(film)'"));
    }

    [Fact]
    public async Task A_film_listed_twice_keeps_the_first_listing_and_fills_gaps_from_the_second()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var file = _files.Write("movies-1980s.json", WikipediaFixture.Eighties);
        await Importer(db).ImportAsync([file]);

        var aliens = await TitleBySourceId(db, "Aliens_(film)");

        Assert.Equal(["Science Fiction", "Action"], aliens.Genres.Select(g => g.Name));
        Assert.Equal(["James Cameron", "Sigourney Weaver", "Michael Biehn"], aliens.Credits.Select(c => c.Name));
        Assert.StartsWith("Aliens is a 1986", aliens.Synopsis);
        Assert.Equal(["US"], aliens.Countries);
    }

    [Fact]
    public async Task Directors_come_from_the_extract_and_genre_labels_are_normalized()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var file = _files.Write("movies-1980s.json", WikipediaFixture.Eighties);
        await Importer(db).ImportAsync([file]);

        var singin = await TitleBySourceId(db, "Singin%27_in_the_Rain");

        Assert.Equal(["Gene Kelly", "Stanley Donen"], singin.Credits.Where(c => c.Role == Core.Titles.CreditRole.Director).Select(c => c.Name));
        Assert.Equal(["Musical", "Sports"], singin.Genres.Select(g => g.Name));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM person WHERE name = 'Gene Kelly'"));
    }

    [Fact]
    public async Task Films_missing_most_fields_are_still_imported()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var file = _files.Write("movies-1980s.json", WikipediaFixture.Eighties);
        await Importer(db).ImportAsync([file]);

        var reel = await TitleBySourceId(db, "derived:the-lost-reel-1921");

        Assert.Equal(("The Lost Reel", 1921), (reel.Title, reel.Year));
        Assert.Null(reel.Synopsis);
        Assert.Empty(reel.Credits);
    }

    [Fact]
    public async Task Importing_again_updates_nothing_and_duplicates_nothing()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        _files.Write("movies-1980s.json", WikipediaFixture.Eighties);
        _files.Write("movies-1990s.json", WikipediaFixture.Nineties);
        var first = await Importer(db).ImportAsync([_files.Path]);
        var before = await db.SnapshotAsync();

        var second = await Importer(db).ImportAsync([_files.Path]);

        Assert.Equal(first.Inserted, second.Unchanged);
        Assert.Equal((0, 0), (second.Inserted, second.Updated));
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_record_is_updated_on_the_next_import()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var file = _files.Write("movies-1990s.json", WikipediaFixture.Nineties);
        await Importer(db).ImportAsync([file]);

        File.WriteAllText(file, WikipediaFixture.Nineties.Replace("written and directed by Michael Mann", "directed by Michael Mann", StringComparison.Ordinal));
        var report = await Importer(db).ImportAsync([file]);

        Assert.Equal((0, 1, 2), (report.Inserted, report.Updated, report.Unchanged));
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT count(*) FROM title"));
    }

    [Fact]
    public async Task Duplicates_are_merged_across_files_and_the_first_file_keeps_the_film()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        _files.Write("movies-1980s.json", WikipediaFixture.Eighties);
        _files.Write("movies-1990s.json", WikipediaFixture.Nineties);

        var report = await Importer(db).ImportAsync([_files.Path]);

        Assert.Equal((9, 5, 3), (report.Read, report.Inserted, report.DuplicatesMerged));
        var reel = await TitleBySourceId(db, "derived:the-lost-reel-1921");
        Assert.Equal(["Found Actor"], reel.Credits.Select(c => c.Name));
        Assert.Equal(["Silent"], reel.Genres.Select(g => g.Name));
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_an_error()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => Importer(db).ImportAsync([Path.Combine(_files.Path, "nope.json")]));
        Assert.Contains("nope.json does not exist", error.Message);
    }

    [Fact]
    public async Task The_full_wikipedia_set_imports_every_unique_href_plus_the_films_without_one()
    {
        if (!Directory.Exists(RepositoryPaths.WikipediaMovies))
        {
            Assert.Skip($"The Wikipedia movie set is not at {RepositoryPaths.WikipediaMovies}; this test needs ../shared beside the project.");
        }

        await using var db = await postgres.CreateDatabaseAsync();
        var report = await Importer(db).ImportAsync([RepositoryPaths.WikipediaMovies]);

        Assert.True(report.Succeeded, string.Join("; ", report.FailedFiles.Select(f => f.Message)));
        Assert.Equal(36_273, report.Read);
        Assert.Equal(34_383L, await db.ScalarAsync<long>("SELECT count(*) FROM title WHERE source_id NOT LIKE 'derived:%'"));
        Assert.Equal(report.Inserted, (int)await db.ScalarAsync<long>("SELECT count(*) FROM title"));
        Assert.Equal(36_273 - report.DuplicatesMerged, report.Inserted);
        Assert.Equal("Singin'_in_the_Rain", Uri.UnescapeDataString(
            await db.ScalarAsync<string>("SELECT source_id FROM title WHERE source_id = 'Singin%27_in_the_Rain'")));
    }

    private static WikipediaImporter Importer(TestDatabase db) => new(new TitleCatalogWriter(db.DataSource));

    private static async Task<TitleDetail> TitleBySourceId(TestDatabase db, string sourceId)
    {
        var id = await db.ScalarAsync<long>("SELECT id FROM title WHERE source_id = $1", sourceId);
        return (await new TitleQueries(db.DataSource).GetTitleAsync(id))!;
    }

    public void Dispose() => _files.Dispose();
}
