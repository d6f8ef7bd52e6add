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
        // Titles that share one word each with the query: the spread of scores a real query meets,
        // against which the prior (in standard deviations) is measured.
        SearchCatalogs.Film("Weak_1", "City of Brotherly Love", 1948, ["Drama"], "A family moves to Philadelphia."),
        SearchCatalogs.Film("Weak_2", "Gloves", 1939, ["Drama"], "A retired boxer opens a diner."),
        SearchCatalogs.Film("Weak_3", "The Heiress Claim", 1955, ["Drama"], "Two cousins fight over a title."),
        SearchCatalogs.Film("Weak_4", "Long Odds", 1962, ["Western"], "A gambler takes one last shot."),
    ];

    [Fact]
    public async Task A_half_remembered_plot_finds_the_well_known_film_first()
    {
        var (db, runtime) = await SearchCatalogs.StartAsync(postgres, Catalog);
        await using var _ = db;
        using var __ = runtime;
        var withoutPrior = new CatalogSearch(runtime.Understanding, runtime.Lexical, null, new SearchHydrator(db.DataSource));
        const string query = "philadelphia boxer gets a title shot";

        var rankFused = new CatalogSearch(runtime.Understanding, runtime.Lexical, null, new SearchHydrator(db.DataSource))
        {
            Prominence = runtime.Prominence,
            Fusion = FusionMethod.ReciprocalRank,
        };
        var plain = await withoutPrior.SearchAsync(new SearchRequest(query));
        // Rank fusion's scores have no standard deviations for the weight to be counted in: no prior.
        Assert.Equal(["Obscure_Boxer", "Rocky"], (await rankFused.SearchAsync(new SearchRequest(query))).Results.Take(2).Select(r => r.SourceId));
        var product = await runtime.Search.SearchAsync(new SearchRequest(query));

        Assert.Equal(["Obscure_Boxer", "Rocky"], plain.Results.Take(2).Select(r => r.SourceId));
        Assert.Equal(["Rocky", "Obscure_Boxer"], product.Results.Take(2).Select(r => r.SourceId));
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

        Assert.Equal(["Obscure_Boxer", "Rocky"], lexical.Results.Take(2).Select(r => r.SourceId));
    }
}
