using Catalog.Search.QueryLog;
using Catalog.Testing;

namespace Catalog.Search.Tests.QueryLog;

public sealed class PopularQueriesTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_most_searched_recent_queries_with_results_come_first_case_folded()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        (string Text, int Results, int DaysAgo)[] rows =
        [
            ("80s sci-fi", 3, 1), ("80S SCI-FI", 5, 2), ("80s sci-fi", 2, 3),
            ("westerns", 4, 1), ("westerns", 4, 2),
            ("zzzz nothing", 0, 1), ("zzzz nothing", 0, 1), ("zzzz nothing", 0, 1),
            ("old favourite", 9, 40), ("old favourite", 9, 41), ("old favourite", 9, 42),
            ("horror", 1, 1),
        ];
        foreach (var (text, results, daysAgo) in rows)
        {
            await db.ExecuteAsync(
                "INSERT INTO query_log (at, source, mode, raw_text, filters, result_count, timings_ms) VALUES ($1, 'text', 'full', $2, '{}', $3, '{}')",
                now.AddDays(-daysAgo), text, results);
        }

        var popular = await new PopularQueries(db.DataSource).GetAsync(2, now);

        Assert.Equal(2, popular.Count);
        Assert.Equal("80s sci-fi", popular[0].ToLowerInvariant());
        Assert.Equal("westerns", popular[1]);
    }
}
