using System.Text.Json;

namespace Catalog.Testing;

/// <summary>One query_log row, as the tests look at it.</summary>
public sealed record LoggedQuery(string Source, string RawText, int ResultCount, JsonElement Timings)
{
    public bool HasTiming(string stage) => Timings.TryGetProperty(stage, out var value) && value.ValueKind == JsonValueKind.Number;
}

/// <summary>Reads the query log, which the app writes in batches in the background, so tests poll it.</summary>
public static class QueryLogRows
{
    public static async Task<List<LoggedQuery>> ReadAsync(TestDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ColumnAsync<string>(
            "SELECT json_build_object('source', source, 'raw', raw_text, 'count', result_count, 'timings', timings_ms)::text FROM query_log ORDER BY id");
        return rows.Select(row =>
        {
            using var document = JsonDocument.Parse(row);
            var root = document.RootElement;
            return new LoggedQuery(
                root.GetProperty("source").GetString()!, root.GetProperty("raw").GetString()!,
                root.GetProperty("count").GetInt32(), root.GetProperty("timings").Clone());
        }).ToList();
    }

    /// <summary>
    /// Polls until <paramref name="count"/> rows of <paramref name="source"/> have landed or 15 s have passed; the
    /// caller asserts on what came back (more, or fewer, is a failure to see).
    /// </summary>
    public static async Task<List<LoggedQuery>> WaitForAsync(TestDatabase db, string source, int count, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var rows = (await ReadAsync(db)).Where(row => row.Source == source).ToList();
            if (rows.Count >= count || DateTime.UtcNow > deadline)
            {
                return rows;
            }

            await Task.Delay(100, ct);
        }
    }
}
