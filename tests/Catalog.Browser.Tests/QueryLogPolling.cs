using Catalog.Testing;

namespace Catalog.Browser.Tests;

/// <summary>The query log is written in the background; these wait for an entry to land.</summary>
internal static class QueryLogPolling
{
    public sealed record LoggedQuery(string RawText, int ResultCount, string TimingsJson);

    public static async Task<LoggedQuery> WaitForVoiceEntryAsync(TestDatabase db, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var rows = await db.ColumnAsync<string>(
                "SELECT json_build_object('raw', raw_text, 'count', result_count, 'timings', timings_ms)::text FROM query_log WHERE source = 'voice'");
            if (rows.Count > 0)
            {
                Assert.Single(rows);
                using var row = System.Text.Json.JsonDocument.Parse(rows[0]);
                var root = row.RootElement;
                return new LoggedQuery(root.GetProperty("raw").GetString()!, root.GetProperty("count").GetInt32(), root.GetProperty("timings").GetRawText());
            }

            await Task.Delay(100, ct);
        }

        throw new Xunit.Sdk.XunitException("No voice entry reached the query log within 10 s.");
    }
}
