using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Import.Seed;
using Catalog.Testing;

namespace Catalog.Import.Tests;

/// <summary>The project's own seed catalog (data/seed/catalog.json) holds what the product promises.</summary>
public sealed class SeedCatalogContentTests(PostgresFixture postgres)
{
    public static TheoryData<string, int, AiUseKind, string?> RequiredDisclosures => new()
    {
        { "El Eternauta", 2025, AiUseKind.GenerativeVfx, "Eyeline Studios" },
        { "Pedro Páramo", 2024, AiUseKind.DeAging, null },
        { "Here", 2024, AiUseKind.DeAging, "Metaphysic" },
        { "The Brutalist", 2024, AiUseKind.VoiceSynthesis, "Respeecher" },
        { "Emilia Pérez", 2024, AiUseKind.VoiceSynthesis, "Respeecher" },
        { "Late Night with the Devil", 2024, AiUseKind.AiImagery, null },
        { "Secret Invasion", 2023, AiUseKind.AiImagery, "Method Studios" },
        { "Indiana Jones and the Dial of Destiny", 2023, AiUseKind.DeAging, "Industrial Light & Magic" },
    };

    [Fact]
    public async Task The_seed_imports_cleanly_with_at_least_200_titles_and_40_series()
    {
        await using var db = await postgres.CreateDatabaseAsync();

        var report = await new SeedImporter(new TitleCatalogWriter(db.DataSource)).ImportAsync([RepositoryPaths.SeedCatalog]);

        Assert.True(report.Succeeded, string.Join("; ", report.FailedFiles.Select(f => f.Message)));
        Assert.Empty(report.CreatedGenres);
        Assert.True(report.Inserted >= 200, $"{report.Inserted} titles");
        Assert.True(await db.ScalarAsync<long>("SELECT count(*) FROM title WHERE kind = 'series'") >= 40);
        Assert.Equal(0L, await db.ScalarAsync<long>(
            "SELECT count(*) FROM title t WHERE kind = 'series' AND NOT EXISTS (SELECT 1 FROM season s WHERE s.title_id = t.id)"));
    }

    [Fact]
    public async Task Every_seed_title_has_synopsis_genres_year_country_language_and_main_credits()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await new SeedImporter(new TitleCatalogWriter(db.DataSource)).ImportAsync([RepositoryPaths.SeedCatalog]);

        var incomplete = await db.ColumnAsync<string>(
            """
            SELECT t.title FROM title t
            WHERE t.synopsis IS NULL OR t.year IS NULL OR cardinality(t.countries) = 0 OR cardinality(t.languages) = 0
               OR NOT EXISTS (SELECT 1 FROM title_genre g WHERE g.title_id = t.id)
               OR NOT EXISTS (SELECT 1 FROM credit c WHERE c.title_id = t.id AND c.role IN ('director', 'creator'))
            """);
        Assert.Empty(incomplete);

        var withoutCast = await db.ScalarAsync<long>(
            "SELECT count(*) FROM title t WHERE NOT EXISTS (SELECT 1 FROM credit c WHERE c.title_id = t.id AND c.role = 'actor')");
        Assert.True(withoutCast <= 10, $"{withoutCast} titles without cast (documentaries only are expected)");
    }

    [Theory]
    [MemberData(nameof(RequiredDisclosures))]
    public async Task The_titles_with_publicly_reported_ai_use_carry_a_sourced_disclosure(
        string title, int year, AiUseKind kind, string? vendor)
    {
        await using var db = await postgres.CreateDatabaseAsync();
        await new SeedImporter(new TitleCatalogWriter(db.DataSource)).ImportAsync([RepositoryPaths.SeedCatalog]);
        var id = await db.ScalarAsync<long>("SELECT id FROM title WHERE title = $1 AND year = $2", title, year);

        var detail = (await new TitleQueries(db.DataSource).GetTitleAsync(id))!;

        var disclosure = Assert.Single(detail.AiDisclosures);
        Assert.Equal(kind, disclosure.Kind);
        Assert.Equal(vendor, disclosure.Vendor);
        Assert.False(string.IsNullOrWhiteSpace(disclosure.Source));
        if (vendor is not null)
        {
            Assert.Contains(detail.Credits, c => c.Role == CreditRole.VfxVendor && c.Name == vendor);
        }
    }
}
