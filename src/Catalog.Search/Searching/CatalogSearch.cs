using System.Diagnostics;
using Catalog.Search.Lexical;
using Catalog.Search.QueryLog;
using Catalog.Search.Ranking;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;
using Catalog.Search.Understanding.Chat;
using Catalog.Search.Vector;

namespace Catalog.Search.Searching;

/// <summary>
/// One search, end to end: understand the sentence, run the retrievers in parallel under the same
/// hard filters, fuse, relax the filters when nothing matched, hydrate from PostgreSQL.
/// </summary>
public sealed class CatalogSearch(
    QueryUnderstanding understanding,
    ILexicalSearch lexical,
    VectorRetrieval? vector,
    SearchHydrator hydrator,
    QueryLogQueue? log = null,
    TimeProvider? time = null)
{
    /// <summary>How deep each retriever looks before fusion.</summary>
    public const int CandidateDepth = 100;

    public bool HasVector => vector is not null;

    /// <summary>
    /// A chat model that reads queries instead of the rules, falling back to them (set once at start,
    /// from <c>Understanding:Chat</c>); null reads by the rules alone.
    /// </summary>
    public ChatQueryUnderstanding? Chat { get; set; }

    /// <summary>How well-known each title is, added to fused scores (<see cref="ProminenceWeight"/>); null adds nothing.</summary>
    public ProminencePrior? Prominence { get; init; }

    /// <summary>Default of <see cref="ProminenceWeight"/>, measured on the development sets (docs/evaluation.md).</summary>
    public const double DefaultProminenceWeight = 3;

    /// <summary>Standard deviations of fused score that the best-known title gains over the least known, in full mode with z-score fusion.</summary>
    public double ProminenceWeight { get; init; } = DefaultProminenceWeight;

    /// <summary>Finds the passage to quote for results that dense retrieval did not match; null quotes only dense matches.</summary>
    public WordMatchQuoter? Quoter { get; init; }

    /// <summary>How the two rankings are merged; z-score fusion by default (measured best, docs/evaluation.md).</summary>
    public FusionMethod Fusion { get; init; } = FusionMethod.ZScore;

    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var clock = new StageClock(request.PrecedingStagesMs);
        if (request.Mode != SearchMode.Full)
        {
            var raw = await RetrieveAsync(new DenseQuery(request.Text), new LexicalQuery(request.Text, request.ViewerFilter), request.Mode, request.Limit, clock, ct);
            return await RespondAsync(request, null, raw, [], clock, ct);
        }

        var understood = Chat is { } chat
            ? await clock.TimeAsync("understand", () => chat.UnderstandAsync(request.Text, ct))
            : clock.Time("understand", () => understanding.Understand(request.Text));
        var intent = IntentChips.Without(understood, request.RemovedChips);
        var (ranked, relaxed) = await SearchWithRelaxationAsync(intent, request.ViewerFilter, request.Limit, clock, ct);
        return await RespondAsync(request, intent, ranked, relaxed, clock, ct);
    }

    private async Task<(IReadOnlyList<ScoredTitle>, List<string>)> SearchWithRelaxationAsync(
        QueryIntent intent, SearchFilter viewerFilter, int limit, StageClock clock, CancellationToken ct)
    {
        var relaxed = new List<string>();
        var filter = SearchFilter.From(intent);
        foreach (var (next, what) in FilterRelaxation.Steps(filter).Prepend((filter, string.Empty)))
        {
            if (what.Length > 0 && next.IsEmpty && intent.Residue.Length == 0 && intent.Like is null)
            {
                // Loosening the last filter of a query without words would answer with the whole catalog.
                break;
            }

            if (what.Length > 0)
            {
                relaxed.Add(what);
            }

            // The viewer's own filters hold at every step; where they contradict the query's, that step finds nothing.
            var ranked = next.And(viewerFilter) is { } both ? await RetrieveFullAsync(intent, both, limit, clock, ct) : [];
            if (ranked.Count > 0)
            {
                return (ranked, relaxed);
            }
        }

        return ([], relaxed);
    }

    private async Task<IReadOnlyList<ScoredTitle>> RetrieveFullAsync(
        QueryIntent intent, SearchFilter filter, int limit, StageClock clock, CancellationToken ct)
    {
        var text = intent.Residue;
        var query = new LexicalQuery(text, filter)
        {
            PreferredYears = intent.Descriptive ? intent.Years : null,
            PreferredGenreIds = intent.Descriptive ? intent.Genres.SelectMany(g => g.GenreIds).ToList() : [],
        };
        if (text.Length == 0 && intent.Like is null)
        {
            // Nothing to rank by: the filters are the answer, best-known titles first.
            return await clock.TimeAsync("lexical", () => lexical.SearchAsync(query, limit, ct));
        }

        var mode = vector is null ? SearchMode.Lexical : SearchMode.Hybrid;
        var dense = new DenseQuery(text.Length > 0 ? text : intent.Text, text.Length == 0 ? intent.Like?.Id : null);
        var ranked = await RetrieveAsync(dense, query, mode, limit, clock, ct);
        if (intent.Like is { } like)
        {
            // "More like Alien" is not answered with Alien itself.
            ranked = ranked.Where(r => r.TitleId != like.Id).ToList();
        }

        if (Prominence is { } prominence && Fusion == FusionMethod.ZScore)
        {
            // The weight is in standard deviations: a lexical list alone (no vector index) is put on
            // that scale first. Rank fusion's scores have no such scale, so it gets no prior.
            ranked = prominence.Rerank(mode == SearchMode.Lexical ? ZScoreFusion.Fuse([ranked]) : ranked, ProminenceWeight);
        }

        return ExactTitleBoost.Apply(ranked, intent);
    }

    /// <summary>What dense retrieval ranks by: the text's embedding, or a liked title's stored vector when it has one.</summary>
    private readonly record struct DenseQuery(string Text, long? LikeTitleId = null);

    private async Task<IReadOnlyList<ScoredTitle>> RetrieveAsync(
        DenseQuery dense, LexicalQuery query, SearchMode mode, int limit, StageClock clock, CancellationToken ct)
    {
        var depth = Math.Max(limit, CandidateDepth);
        var lexicalTask = mode is SearchMode.Lexical or SearchMode.Hybrid
            ? clock.TimeAsync("lexical", () => lexical.SearchAsync(query, depth, ct))
            : Task.FromResult<IReadOnlyList<ScoredTitle>>([]);
        var vectorTask = mode is SearchMode.Vector or SearchMode.Hybrid
            ? VectorSearchAsync(dense, query.Filter, depth, clock, ct)
            : Task.FromResult<IReadOnlyList<ScoredTitle>>([]);
        var results = await Task.WhenAll(lexicalTask, vectorTask);
        if (mode != SearchMode.Hybrid)
        {
            return results[mode == SearchMode.Lexical ? 0 : 1].Take(limit).ToList();
        }

        return clock.Time("fuse", () => Fuse(results[0], results[1]).Take(depth).ToList());
    }

    private IReadOnlyList<ScoredTitle> Fuse(IReadOnlyList<ScoredTitle> lexicalHits, IReadOnlyList<ScoredTitle> vectorHits) => Fusion switch
    {
        FusionMethod.ReciprocalRank => ReciprocalRankFusion.Fuse([(lexicalHits, 1.0), (vectorHits, 1.0)]),
        _ => ZScoreFusion.Fuse([lexicalHits, vectorHits]),
    };

    private async Task<IReadOnlyList<ScoredTitle>> VectorSearchAsync(DenseQuery dense, SearchFilter filter, int limit, StageClock clock, CancellationToken ct)
    {
        var retrieval = vector ?? throw new InvalidOperationException("No vector index is configured.");
        var liked = dense.LikeTitleId is { } id ? await clock.TimeAsync("embed", () => retrieval.TitleVectorAsync(id, ct)) : null;
        var embedding = liked ?? await clock.TimeAsync("embed", () => retrieval.EmbedQueryAsync(dense.Text, ct));
        return await clock.TimeAsync("vector", () => retrieval.SearchAsync(embedding, filter, limit, ct));
    }

    private async Task<SearchResponse> RespondAsync(
        SearchRequest request, QueryIntent? intent, IReadOnlyList<ScoredTitle> ranked, List<string> relaxed, StageClock clock, CancellationToken ct)
    {
        var results = await clock.TimeAsync("hydrate", () => hydrator.HydrateAsync(
            ranked.Take(request.Limit).ToList(), Quoter?.For(intent is null ? request.Text : intent.Residue) ?? DistinctiveWords.None, ct));
        var response = new SearchResponse
        {
            Query = request.Text,
            Mode = request.Mode,
            Intent = intent,
            Chips = intent is null ? [] : IntentChips.For(intent),
            Results = results,
            Relaxed = relaxed,
            TimingsMs = clock.Finish(),
        };
        if (request.Logged)
        {
            log?.Enqueue(new QueryLogEntry((time ?? TimeProvider.System).GetUtcNow(), request.Source, response));
        }

        return response;
    }

    /// <summary>Per-stage wall time; stages that run twice (relaxation) add up.</summary>
    private sealed class StageClock(IReadOnlyDictionary<string, double> preceding)
    {
        private readonly Stopwatch _total = Stopwatch.StartNew();
        private readonly Dictionary<string, double> _stages = new(preceding);

        public T Time<T>(string stage, Func<T> action)
        {
            var started = Stopwatch.GetTimestamp();
            var result = action();
            Add(stage, started);
            return result;
        }

        public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> action)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await action();
            Add(stage, started);
            return result;
        }

        public Dictionary<string, double> Finish()
        {
            _stages["total"] = preceding.Values.Sum() + _total.Elapsed.TotalMilliseconds;
            return _stages;
        }

        private void Add(string stage, long started)
        {
            lock (_stages)
            {
                _stages[stage] = _stages.GetValueOrDefault(stage) + Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }
    }
}
