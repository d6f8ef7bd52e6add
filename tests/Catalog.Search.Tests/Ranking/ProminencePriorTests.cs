using Catalog.Core.Titles;
using Catalog.Search.Ranking;
using Catalog.Search.Retrieval;
using static Catalog.Search.Tests.SearchDocuments;

namespace Catalog.Search.Tests.Ranking;

public sealed class ProminencePriorTests
{
    private static SearchCredit[] Actors(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new SearchCredit(i, $"Actor {i}", CreditRole.Actor))];

    private static string Words(int count) => string.Join(' ', Enumerable.Repeat("word", count));

    [Fact]
    public void Prominence_is_half_cast_size_and_half_synopsis_length_each_capped()
    {
        // 5 of 10 actors and 55 of 110 words: 0.5 × 0.5 + 0.5 × 0.5.
        Assert.Equal(0.5, Doc(1, 1990, [], credits: Actors(5), synopsis: Words(55)).Prominence, 6);
        // Past both caps: 1. Nothing known: 0.
        Assert.Equal(1.0, Doc(2, 1990, [], credits: Actors(40), synopsis: Words(500)).Prominence, 6);
        Assert.Equal(0.0, Doc(3, 1990, []).Prominence, 6);
        // Only actors count: a director and a vendor are credits every obscure film has too.
        var crew = new SearchCredit[] { new(1, "A Director", CreditRole.Director), new(2, "A Vendor", CreditRole.VfxVendor) };
        Assert.Equal(0.5 * 22 / 110.0, Doc(4, 1990, [], credits: crew, synopsis: Words(22)).Prominence, 6);
    }

    [Fact]
    public void Rerank_adds_the_weighted_prominence_and_reorders()
    {
        var prior = new ProminencePrior();
        prior.Apply([Doc(1, 1990, [], credits: Actors(1)), Doc(2, 1990, [], credits: Actors(10), synopsis: Words(110))], []);
        ScoredTitle[] fused = [new(1, 2.0), new(2, 1.5), new(3, 1.8)];

        var reranked = prior.Rerank(fused, weight: 1.0);

        // 1: 2.0 + 0.05; 2: 1.5 + 1.0; 3 (unknown to the prior): 1.8 + 0.
        Assert.Equal([2L, 1L, 3L], reranked.Select(r => r.TitleId));
        Assert.Equal(2.5, reranked[0].Score, 6);
        Assert.Equal(2.05, reranked[1].Score, 6);
        Assert.Same(fused, prior.Rerank(fused, weight: 0));
    }

    [Fact]
    public void A_small_weight_only_breaks_near_ties()
    {
        var prior = new ProminencePrior();
        prior.Apply([Doc(1, 1990, []), Doc(2, 1990, [], credits: Actors(10), synopsis: Words(110))], []);

        var clearWinner = prior.Rerank([new(1, 5.0), new(2, 2.0)], weight: 1.0);
        var nearTie = prior.Rerank([new(1, 5.0), new(2, 4.8)], weight: 1.0);

        Assert.Equal([1L, 2L], clearWinner.Select(r => r.TitleId));
        Assert.Equal([2L, 1L], nearTie.Select(r => r.TitleId));
    }

    [Fact]
    public void Upserts_replace_and_deletes_forget()
    {
        var prior = new ProminencePrior();
        prior.Apply([Doc(1, 1990, [], credits: Actors(2)), Doc(2, 1990, [], credits: Actors(4))], []);

        prior.Apply([Doc(1, 1990, [], credits: Actors(8))], [2]);

        Assert.Equal(0.4, prior.Of(1), 6);
        Assert.Equal(0.0, prior.Of(2), 6);
        Assert.Equal(1, prior.Count);
    }
}
