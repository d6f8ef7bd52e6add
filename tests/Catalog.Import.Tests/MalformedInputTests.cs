using Catalog.Data.Titles;
using Catalog.Import.Seed;
using Catalog.Import.Wikipedia;
using Catalog.Testing;

namespace Catalog.Import.Tests;

/// <summary>
/// Every kind of bad input is refused with a message that names the file and the record, and
/// the database is left exactly as it was before that file.
/// </summary>
public sealed class MalformedInputTests(PostgresFixture postgres) : IDisposable
{
    private readonly TempFolder _files = new();

    public static TheoryData<string, string, string> BadWikipediaFiles => new()
    {
        { "broken JSON", """[{"title": "Tron", "year": 1982,""", "bad.json: is not valid JSON (line 1" },
        { "not an array", """{"title": "Tron"}""", "bad.json: does not have the expected shape at $" },
        { "record is not an object", """[{"title": "Tron", "year": 1982}, 42]""", "bad.json, record 2: the record is not an object" },
        { "record is null", """[{"title": "Tron", "year": 1982}, null]""", "bad.json, record 2: the record is null" },
        { "year as text", """[{"title": "Tron", "year": "1982"}]""", "bad.json, record 1 (\"Tron\"): 'year' has the wrong type" },
        { "year with a fraction", """[{"title": "Tron", "year": 1982.5}]""", "bad.json, record 1 (\"Tron\"): 'year' has the wrong type" },
        { "cast as text", """[{"title": "Ok", "year": 1990}, {"title": "Tron", "year": 1982, "cast": "Jeff Bridges"}]""", "bad.json, record 2 (\"Tron\"): 'cast' has the wrong type" },
        { "genre as a number", """[{"title": "Tron", "year": 1982, "genres": [7]}]""", "bad.json, record 1 (\"Tron\"): 'genres[0]' has the wrong type" },
        { "title as a number", """[{"title": 1982, "year": 1982}]""", "bad.json, record 1: 'title' has the wrong type" },
        { "year in the future", """[{"title": "Tron", "year": 3024}]""", "bad.json, record 1 (\"Tron\"): 'year' 3024 is outside 1870–" },
        { "year before cinema", """[{"title": "Tron", "year": 1066}]""", "bad.json, record 1 (\"Tron\"): 'year' 1066 is outside 1870–" },
        { "oversize title", $$"""[{"title": "{{new string('x', 501)}}", "year": 1982}]""", "'title' is 501 characters long; the limit is 500" },
        { "oversize extract", $$"""[{"title": "Tron", "year": 1982, "extract": "{{new string('x', 20_001)}}"}]""", "bad.json, record 1 (\"Tron\"): 'extract' is 20001 characters long; the limit is 20000" },
        { "oversize cast name", $$"""[{"title": "Tron", "year": 1982, "cast": ["{{new string('x', 201)}}"]}]""", "bad.json, record 1 (\"Tron\"): 'cast[]' is 201 characters long; the limit is 200" },
        { "too many genres", $$"""[{"title": "Tron", "year": 1982, "genres": [{{string.Join(",", Enumerable.Range(0, 51).Select(i => $"\"g{i}\""))}}]}]""", "'genres' has 51 entries; the limit is 50" },
        { "oversize href", $$"""[{"title": "Tron", "year": 1982, "href": "{{new string('h', 401)}}"}]""", "'href' is 401 characters long; the limit is 400" },
        { "empty file", "", "bad.json: is not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BadWikipediaFiles))]
    public async Task A_malformed_wikipedia_file_is_refused_whole_and_named(string what, string content, string expectedMessage)
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var good = _files.Write("good.json", WikipediaFixture.Nineties);
        var importer = new WikipediaImporter(new TitleCatalogWriter(db.DataSource));
        await importer.ImportAsync([good]);
        var before = await db.SnapshotAsync();

        var bad = _files.Write("bad.json", content);
        var report = await importer.ImportAsync([bad]);

        Assert.False(report.Succeeded, what);
        var failure = Assert.Single(report.FailedFiles);
        Assert.Contains(expectedMessage, failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, report.Inserted + report.Updated);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task Good_files_beside_a_bad_one_are_imported_and_the_bad_one_is_not()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        _files.Write("a-bad.json", """[{"title": "Tron", "year": "soon"}]""");
        _files.Write("b-good.json", WikipediaFixture.Nineties);

        var report = await new WikipediaImporter(new TitleCatalogWriter(db.DataSource)).ImportAsync([_files.Path]);

        Assert.False(report.Succeeded);
        Assert.Equal("a-bad.json", Path.GetFileName(Assert.Single(report.FailedFiles).File));
        Assert.Equal(3, report.Inserted);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM title WHERE title = 'Tron'"));
    }

    public static TheoryData<string, string> BadSeedTitles => new()
    {
        { """ "kind": "film" """, "'kind' must be movie or series, not 'film'" },
        { """ "synopsis": "" """, "'synopsis' is required" },
        { """ "year": 1066 """, "'year' 1066 is outside" },
        { """ "endYear": 1990 """, "'endYear' is only for series" },
        { """ "countries": ["USA"] """, "country 'USA' is not an ISO 3166-1 alpha-2 code" },
        { """ "languages": ["English"] """, "language 'English' is not an ISO 639-1 code" },
        { """ "genres": [] """, "'genres' needs at least one genre" },
        { """ "credits": [{"name": "X", "role": "grip"}] """, "credit role 'grip' is not one of" },
        { """ "credits": [{"name": "X", "role": "director", "character": "Y"}] """, "'character' is only for actors (X)" },
        { """ "seasons": [{"number": 1, "year": 1984, "episodeCount": 8}] """, "a movie has no seasons" },
        { """ "aiDisclosures": [{"kind": "magic", "usedFor": "x", "source": "y"}] """, "AI-use kind 'magic' is not one of" },
        { """ "aiDisclosures": [{"kind": "de_aging", "usedFor": "x"}] """, "'aiDisclosures[].source' is required" },
        { """ "synopsis": 5 """, "'synopsis' has the wrong type" },
        { """ "synposis": "typo" """, "tron-1982" },
        { """ "id": "Tron 1982" """, "'id' must be lowercase letters, digits and '-'" },
        { $$""" "synopsis": "{{new string('s', 2001)}}" """, "'synopsis' is 2001 characters long; the limit is 2000" },
    };

    [Theory]
    [MemberData(nameof(BadSeedTitles))]
    public async Task A_seed_file_with_a_bad_record_is_refused_whole_and_named(string replacement, string expectedMessage)
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var seed = _files.Write("catalog.json", SeedFixture.Catalog([SeedFixture.Movie(), SeedFixture.Series()]));
        var importer = new SeedImporter(new TitleCatalogWriter(db.DataSource));
        await importer.ImportAsync([seed]);
        var before = await db.SnapshotAsync();

        File.WriteAllText(seed, SeedFixture.Catalog([SeedFixture.Series("Changed"), SeedFixture.Movie(replacement)]));
        var report = await importer.ImportAsync([seed]);

        var failure = Assert.Single(report.FailedFiles);
        Assert.Contains("catalog.json, record 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains(expectedMessage, failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task A_seed_file_that_uses_one_id_twice_is_refused()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var seed = _files.Write("catalog.json", SeedFixture.Catalog([SeedFixture.Movie(), SeedFixture.Movie()]));

        var report = await new SeedImporter(new TitleCatalogWriter(db.DataSource)).ImportAsync([seed]);

        Assert.Contains("record 2 (\"tron-1982\"): this id is already used", Assert.Single(report.FailedFiles).Message, StringComparison.Ordinal);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM title"));
    }

    [Fact]
    public async Task A_seed_file_of_another_format_is_refused()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var seed = _files.Write("catalog.json", SeedFixture.Catalog([SeedFixture.Movie()]).Replace("catalog-seed/1", "catalog-seed/9", StringComparison.Ordinal));

        var report = await new SeedImporter(new TitleCatalogWriter(db.DataSource)).ImportAsync([seed]);

        Assert.Contains("'format' must be \"catalog-seed/1\"", Assert.Single(report.FailedFiles).Message, StringComparison.Ordinal);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM title"));
    }

    public void Dispose() => _files.Dispose();
}
