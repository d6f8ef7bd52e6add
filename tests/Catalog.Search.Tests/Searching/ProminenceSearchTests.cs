using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Search.Searching;
using Catalog.Testing;

namespace Catalog.Search.Tests.Searching;

/// <summary>The prominence prior in the whole search: it decides between titles the words match about equally.</summary>
public sealed class ProminenceSearchTests(PostgresFixture postgres)
{
    private const string Plot = "A boxer from Philadelphia gets a shot at the heavyweight title.";

    private static readonly TitleRecord[] Catalog =
    [
        // The same plot words; the famous film's long cast list makes its text longer, which BM25 alone holds against it.
        SearchCatalogs.Film("Rocky", "Rocky", 1976, ["Sports", "Drama"], Plot + " He trains hard for the fight of his life.",
            [.. Enumerable.Range(1, 10).Select(i => new CreditRecord($"Actor Number{i}", CreditRole.Actor))]),
        SearchCatalogs.Film("Obscure_Boxer", "The Contender's Night", 1952, ["Sports"], Plot),
        SearchCatalogs.Film("Unrelated", "Garden Party", 1960, ["Comedy"], "Neighbours compete over roses."),
    ];

    [Fact]
    public async Task A_half_remembered_plot_finds_the_well_known_film_first()
    {
        var (db, runtime) = await SearchCatalogs.StartAsync(postgres, Catalog);
        await using var _ = db;
        using var __ = runtime;
        var withoutPrior = new CatalogSearch(runtime.Understanding, runtime.Lexical, null, new SearchHydrator(db.DataSource));
        const string query = "philadelphia boxer gets a title shot";

        var plain = await withoutPrior.SearchAsync(new SearchRequest(query));
        var product = await runtime.Search.SearchAsync(new SearchRequest(query));

        Assert.Equal(["Obscure_Boxer", "Rocky"], plain.Results.Select(r => r.SourceId));
        Assert.Equal(["Rocky", "Obscure_Boxer"], product.Results.Select(r => r.SourceId));
        // Ten of ten actors, 20 of 110 synopsis words.
        Assert.Equal(0.5 + 0.5 * 20 / 110.0, runtime.Prominence.Of(product.Results[0].TitleId), 6);
    }

    [Fact]
    public async Task Raw_retriever_modes_are_left_as_the_retriever_ranks()
    {
        var (db, runtime) = await SearchCatalogs.StartAsync(postgres, Catalog);
        await using var _ = db;
        using var __ = runtime;

        var lexical = await runtime.Search.SearchAsync(new SearchRequest("philadelphia boxer gets a title shot", SearchMode.Lexical));

        Assert.Equal(["Obscure_Boxer", "Rocky"], lexical.Results.Select(r => r.SourceId));
    }
}
