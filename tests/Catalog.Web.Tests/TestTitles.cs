using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Testing;

namespace Catalog.Web.Tests;

internal static class TestTitles
{
    public static TitleRecord Eternauta => SampleTitles.Eternauta;

    public static TitleRecord Tron => SampleTitles.Tron;

    public static async Task<long> IdOfAsync(TestDatabase db, TitleRecord title) =>
        await db.ScalarAsync<long>("SELECT id FROM title WHERE source = $1 AND source_id = $2", title.Source, title.SourceId);

    public static Task WriteAsync(TestDatabase db, params TitleRecord[] titles) =>
        new TitleCatalogWriter(db.DataSource).WriteAsync(titles);
}
