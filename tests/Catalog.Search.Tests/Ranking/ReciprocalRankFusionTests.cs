using Catalog.Search.Ranking;
using Catalog.Search.Retrieval;

namespace Catalog.Search.Tests.Ranking;

public sealed class ReciprocalRankFusionTests
{
    private static List<ScoredTitle> Ranked(params long[] ids) => ids.Select((id, i) => new ScoredTitle(id, 100 - i)).ToList();

    [Fact]
    public void A_title_both_lists_rank_high_beats_titles_only_one_list_ranks_first()
    {
        var fused = ReciprocalRankFusion.Fuse([(Ranked(1, 2, 3), 1.0), (Ranked(4, 2, 5), 1.0)]);

        Assert.Equal(2L, fused[0].TitleId);
        Assert.Equal(2.0 / 62, fused[0].Score, 9);
        Assert.Equal([2L, 1L, 4L, 3L, 5L], fused.Select(f => f.TitleId));
    }

    [Fact]
    public void Weights_scale_a_list()
    {
        var fused = ReciprocalRankFusion.Fuse([(Ranked(1), 1.0), (Ranked(2), 2.0)]);
        Assert.Equal([2L, 1L], fused.Select(f => f.TitleId));
    }

    [Fact]
    public void Empty_lists_fuse_to_nothing() =>
        Assert.Empty(ReciprocalRankFusion.Fuse([(Ranked(), 1.0), (Ranked(), 1.0)]));

    [Fact]
    public void The_dense_list_s_matched_passage_survives_fusion()
    {
        IReadOnlyList<ScoredTitle> lexical = [new(1, 9), new(2, 3)];
        IReadOnlyList<ScoredTitle> dense = [new(2, 0.7, Passage: 4), new(3, 0.5, Passage: 0)];

        var fused = ReciprocalRankFusion.Fuse([(lexical, 1.0), (dense, 1.0)]).ToDictionary(f => f.TitleId, f => f.Passage);

        Assert.Null(fused[1]);
        Assert.Equal(4, fused[2]);
        Assert.Equal(0, fused[3]);
    }
}
