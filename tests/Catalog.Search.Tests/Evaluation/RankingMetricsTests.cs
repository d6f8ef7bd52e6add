using Catalog.Search.Evaluation;

namespace Catalog.Search.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Metrics_follow_the_definitions_of_the_eval_readme()
    {
        // Relevant at ranks 2 and 4 of 3 relevant titles.
        var metrics = RankingMetrics.Compute(["x", "a", "y", "b", "z"], new HashSet<string> { "a", "b", "c" });

        Assert.Equal(2.0 / 3, metrics.P10, 9);
        var dcg = 1 / Math.Log2(3) + 1 / Math.Log2(5);
        var ideal = 1 / Math.Log2(2) + 1 / Math.Log2(3) + 1 / Math.Log2(4);
        Assert.Equal(dcg / ideal, metrics.Ndcg10, 9);
        Assert.Equal(0.5, metrics.Mrr, 9);
        Assert.Equal(1, metrics.Hit10);
    }

    [Fact]
    public void P10_divides_by_ten_when_more_than_ten_are_relevant()
    {
        var relevant = Enumerable.Range(0, 50).Select(i => $"r{i}").ToHashSet();
        var metrics = RankingMetrics.Compute(Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? $"r{i}" : $"x{i}").ToList(), relevant);
        Assert.Equal(0.5, metrics.P10, 9);
    }

    [Fact]
    public void A_first_hit_after_rank_ten_counts_for_mrr_only_and_after_rank_100_not_at_all()
    {
        var late = Enumerable.Range(0, 30).Select(i => i == 24 ? "a" : $"x{i}").ToList();
        var tooLate = Enumerable.Range(0, 150).Select(i => i == 120 ? "a" : $"x{i}").ToList();

        Assert.Equal(new RankingMetrics(0, 0, 1.0 / 25, 0), RankingMetrics.Compute(late, new HashSet<string> { "a" }));
        Assert.Equal(new RankingMetrics(0, 0, 0, 0), RankingMetrics.Compute(tooLate, new HashSet<string> { "a" }));
    }

    [Fact]
    public void A_perfect_ranking_scores_one_everywhere() =>
        Assert.Equal(new RankingMetrics(1, 1, 1, 1), RankingMetrics.Compute(["a", "b"], new HashSet<string> { "a", "b" }));
}
