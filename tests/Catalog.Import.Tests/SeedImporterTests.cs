using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Import.Seed;
using Catalog.Testing;

namespace Catalog.Import.Tests;

public sealed class SeedImporterTests(PostgresFixture postgres) : IDisposable
{
    private readonly TempFolder _files = new();

    [Fact]
    public async Task Imports_movies_and_series_with_seasons_credits_and_disclosures()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var seed = _files.Write("catalog.json", SeedFixture.Catalog([SeedFixture.Movie(), SeedFixture.Series()]));

        var report = await new SeedImporter(new TitleCatalogWriter(db.DataSource)).ImportAsync([seed]);

        Assert.True(report.Succeeded);
        Assert.Equal((2, 2), (report.Read, report.Inserted));
        var id = await db.ScalarAsync<long>("SELECT id FROM title WHERE source = 'seed' AND source_id = 'el-eternauta'");
        var series = (await new TitleQueries(db.DataSource).GetTitleAsync(id))!;
        Assert.Equal(TitleKind.Series, series.Kind);
        Assert.Equal(["AR"], series.Countries);
        Assert.Equal(["es"], series.Languages);
        Assert.Equal([new SeasonRecord(1, 2025, 6)], series.Seasons);
        var disclosure = Assert.Single(series.AiDisclosures);
        Assert.Equal((AiUseKind.GenerativeVfx, "Eyeline Studios"), (disclosure.Kind, disclosure.Vendor));
        Assert.Equal([CreditRole.Creator, CreditRole.Actor, CreditRole.VfxVendor], series.Credits.Select(c => c.Role));
    }

    [Fact]
    public async Task Importing_the_seed_again_changes_nothing()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var seed = _files.Write("catalog.json", SeedFixture.Catalog([SeedFixture.Movie(), SeedFixture.Series()]));
        var importer = new SeedImporter(new TitleCatalogWriter(db.DataSource));
        await importer.ImportAsync([seed]);
        var before = await db.SnapshotAsync();

        var again = await importer.ImportAsync([seed]);

        Assert.Equal((0, 0, 2), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task An_edited_seed_title_is_updated_not_duplicated()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var seed = _files.Write("catalog.json", SeedFixture.Catalog([SeedFixture.Series()]));
        var importer = new SeedImporter(new TitleCatalogWriter(db.DataSource));
        await importer.ImportAsync([seed]);

        File.WriteAllText(seed, SeedFixture.Catalog([SeedFixture.Series("El Eternauta (Director's Cut)")]));
        var report = await importer.ImportAsync([seed]);

        Assert.Equal(1, report.Updated);
        Assert.Equal(["El Eternauta (Director's Cut)"], await db.ColumnAsync<string>("SELECT title FROM title"));
    }

    public void Dispose() => _files.Dispose();
}
