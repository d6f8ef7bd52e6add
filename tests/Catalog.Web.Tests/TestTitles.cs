using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Testing;

namespace Catalog.Web.Tests;

internal static class TestTitles
{
    public static TitleRecord Eternauta { get; } = new()
    {
        Source = "test",
        SourceId = "el-eternauta",
        Kind = TitleKind.Series,
        Title = "El Eternauta",
        Year = 2025,
        Synopsis = "A deadly snowfall kills most of Buenos Aires.",
        Countries = ["AR"],
        Languages = ["es"],
        Genres = ["Science Fiction", "Drama"],
        Credits =
        [
            new CreditRecord("Bruno Stagnaro", CreditRole.Creator),
            new CreditRecord("Ricardo Darín", CreditRole.Actor, "Juan Salvo"),
            new CreditRecord("Eyeline Studios", CreditRole.VfxVendor),
        ],
        Seasons = [new SeasonRecord(1, 2025, 6)],
        AiDisclosures = [new AiDisclosureRecord(AiUseKind.GenerativeVfx, "A building collapse in Buenos Aires", "Eyeline Studios", "Netflix Q2 2025 earnings call")],
    };

    public static TitleRecord Tron { get; } = new()
    {
        Source = "test",
        SourceId = "tron",
        Kind = TitleKind.Movie,
        Title = "Tron",
        Year = 1982,
        RuntimeMinutes = 96,
        MaturityRating = "PG",
        Synopsis = "A programmer is pulled inside a computer.",
        Genres = ["Science Fiction", "Adventure"],
        Credits = [new CreditRecord("Steven Lisberger", CreditRole.Director), new CreditRecord("Jeff Bridges", CreditRole.Actor, "Kevin Flynn")],
    };

    public static async Task<long> IdOfAsync(TestDatabase db, TitleRecord title) =>
        await db.ScalarAsync<long>("SELECT id FROM title WHERE source = $1 AND source_id = $2", title.Source, title.SourceId);

    public static Task WriteAsync(TestDatabase db, params TitleRecord[] titles) =>
        new TitleCatalogWriter(db.DataSource).WriteAsync(titles);
}
