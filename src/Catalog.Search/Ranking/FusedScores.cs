using Catalog.Search.Retrieval;

namespace Catalog.Search.Ranking;

/// <summary>
/// What both fusions share: each title's contributions summed, ties broken by which title a list
/// showed first, and the passage a dense list matched kept so the page can quote it.
/// </summary>
internal sealed class FusedScores
{
    private readonly Dictionary<long, double> _scores = [];
    private readonly Dictionary<long, int> _firstSeen = [];
    private readonly Dictionary<long, int> _passages = [];

    public void Add(ScoredTitle item, double contribution)
    {
        _scores[item.TitleId] = _scores.GetValueOrDefault(item.TitleId) + contribution;
        _firstSeen.TryAdd(item.TitleId, _firstSeen.Count);
        if (item.Passage is { } passage)
        {
            _passages.TryAdd(item.TitleId, passage);
        }
    }

    public IReadOnlyList<ScoredTitle> Ranked() =>
        _scores.OrderByDescending(s => s.Value).ThenBy(s => _firstSeen[s.Key])
            .Select(s => new ScoredTitle(s.Key, s.Value, _passages.TryGetValue(s.Key, out var passage) ? passage : null))
            .ToList();
}
