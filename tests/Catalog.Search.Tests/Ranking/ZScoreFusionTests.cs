using Catalog.Search.Ranking;
using Catalog.Search.Retrieval;

namespace Catalog.Search.Tests.Ranking;

public sealed class ZScoreFusionTests
{
    [Fact]
    public void A_retriever_that_is_far_surer_of_its_first_title_keeps_it_first()
    {
        // Lexical is certain of 1 (far above the rest); dense mildly prefers 2 over 1.
        IReadOnlyList<ScoredTitle> lexical = [new(1, 30), new(3, 5), new(4, 4), new(2, 3)];
        IReadOnlyList<ScoredTitle> dense = [new(2, 0.62), new(1, 0.61), new(4, 0.60), new(3, 0.59)];

        var fused = ZScoreFusion.Fuse([lexical, dense]);

        Assert.Equal(1L, fused[0].TitleId);
        Assert.Equal(4, fused.Count);
    }

    [Fact]
    public void Standard_scores_are_summed_and_a_missing_title_gets_nothing_from_that_list()
    {
        IReadOnlyList<ScoredTitle> first = [new(1, 3), new(2, 1)];
        IReadOnlyList<ScoredTitle> second = [new(3, 10), new(2, 0)];

        var fused = ZScoreFusion.Fuse([first, second]).ToDictionary(f => f.TitleId, f => f.Score);

        Assert.Equal(1.0, fused[1], 9);
        Assert.Equal(-2.0, fused[2], 9);
        Assert.Equal(1.0, fused[3], 9);
    }

    [Fact]
    public void Equal_scores_in_a_list_add_nothing_and_empty_lists_are_ignored()
    {
        var fused = ZScoreFusion.Fuse([[new(1, 5), new(2, 5)], []]);
        Assert.Equal([1L, 2L], fused.Select(f => f.TitleId));
        Assert.All(fused, f => Assert.Equal(0, f.Score));
    }

    [Fact]
    public void The_dense_list_s_matched_passage_survives_fusion()
    {
        IReadOnlyList<ScoredTitle> lexical = [new(1, 9), new(2, 3)];
        IReadOnlyList<ScoredTitle> dense = [new(2, 0.7, Passage: 4), new(3, 0.5, Passage: 0)];

        var fused = ZScoreFusion.Fuse([lexical, dense]).ToDictionary(f => f.TitleId, f => f.Passage);

        Assert.Null(fused[1]);
        Assert.Equal(4, fused[2]);
        Assert.Equal(0, fused[3]);
    }
}
