using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;

namespace Catalog.Search.Ranking;

/// <summary>A viewer who types a title exactly wants that title first: exact-title matches move to the top.</summary>
public static class ExactTitleBoost
{
    public static IReadOnlyList<ScoredTitle> Apply(IReadOnlyList<ScoredTitle> ranked, QueryIntent intent) =>
        intent.ExactTitleIds.Count == 0
            ? ranked
            : ranked.OrderByDescending(r => intent.ExactTitleIds.Contains(r.TitleId)).ToList();
}
