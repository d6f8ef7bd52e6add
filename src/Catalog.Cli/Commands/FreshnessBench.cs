using System.Diagnostics;
using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Search.Lexical;
using Catalog.Search.Retrieval;
using Catalog.Search.Searching;
using Npgsql;

namespace Catalog.Cli.Commands;

/// <summary>
/// How long a committed title change takes to become searchable: a throw-away title with a unique
/// word is written, then the outbox is applied the way the web app's indexer does (a batch every
/// 250 ms) until a search finds it. The title is deleted again afterwards.
/// </summary>
internal static class FreshnessBench
{
    private const int Runs = 5;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task RunAsync(NpgsqlDataSource dataSource, SearchRuntime runtime, CancellationToken ct)
    {
        var writer = new TitleCatalogWriter(dataSource);
        var indexer = new SearchIndexer(dataSource, runtime);
        while (await indexer.ProcessBatchAsync(ct) > 0)
        {
            // Apply whatever was queued before the measurement starts.
        }

        var times = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var word = $"benchword{Guid.NewGuid():N}"[..20];
            var title = new TitleRecord
            {
                Source = "bench", SourceId = word, Kind = TitleKind.Movie, Title = "Freshness probe", Year = 2000, Synopsis = $"A probe called {word}.",
            };
            await writer.WriteAsync([title], ct);
            var started = Stopwatch.GetTimestamp();
            while ((await runtime.Lexical.SearchAsync(new LexicalQuery(word, SearchFilter.None), 1, ct)).Count == 0)
            {
                if (await indexer.ProcessBatchAsync(ct) == 0)
                {
                    await Task.Delay(PollInterval, ct);
                }
            }

            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await using var delete = dataSource.CreateCommand("DELETE FROM title WHERE source = 'bench'");
            await delete.ExecuteNonQueryAsync(ct);
            await indexer.ProcessBatchAsync(ct);
        }

        times.Sort();
        CliOutput.Info($"freshness: applying a committed change took {times[times.Count / 2]:F0} ms (median of {Runs}), {times[^1]:F0} ms at most; " +
            $"with the indexer's {PollInterval.TotalMilliseconds:F0} ms polling, searchable within {times[^1] + PollInterval.TotalMilliseconds:F0} ms");
    }
}
