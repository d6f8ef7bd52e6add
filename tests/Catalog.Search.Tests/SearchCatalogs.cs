using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Search.Embeddings;
using Catalog.Search.Searching;
using Catalog.Search.Vector;
using Catalog.Testing;

namespace Catalog.Search.Tests;

/// <summary>Small real catalogs written to a fresh database, with the search runtime started over them.</summary>
internal static class SearchCatalogs
{
    public static TitleRecord Film(string id, string title, int year, string[] genres, string synopsis, params CreditRecord[] credits) => new()
    {
        Source = "wikipedia",
        SourceId = id,
        Kind = TitleKind.Movie,
        Title = title,
        Year = year,
        Genres = genres,
        Synopsis = synopsis,
        Credits = credits,
    };

    public static async Task<(TestDatabase Db, SearchRuntime Runtime)> StartAsync(PostgresFixture postgres, TitleRecord[] catalog, VectorRetrieval? vector = null)
    {
        var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync(catalog);
        return (db, await SearchRuntime.StartAsync(db.DataSource, vector, TimeProvider.System));
    }

    /// <summary>The catalog embedded by <c>reindex</c>'s path (stored, loaded into the embedded index), searched densely as well.</summary>
    public static async Task<(TestDatabase Db, SearchRuntime Runtime)> StartWithVectorsAsync(
        PostgresFixture postgres, TitleRecord[] catalog, OnnxSentenceEmbeddingGenerator generator)
    {
        var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync(catalog);
        var store = new TitleEmbeddingStore(db.DataSource);
        await store.ReindexAsync(generator, generator.Model.ModelId, force: false);
        var index = new EmbeddedVectorIndex(generator.Model.Dimension);
        await index.UpsertAsync(await store.LoadAsync(generator.Model.ModelId));
        var vector = new VectorRetrieval(generator, index, generator.Model.ModelId, store);
        return (db, await SearchRuntime.StartAsync(db.DataSource, vector, TimeProvider.System));
    }
}
