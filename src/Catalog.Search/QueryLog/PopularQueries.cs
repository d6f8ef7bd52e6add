using Npgsql;

namespace Catalog.Search.QueryLog;

/// <summary>
/// What viewers searched most in the last days and found something for: offered when a search
/// finds nothing. Searches that found nothing are never suggested.
/// </summary>
public sealed class PopularQueries(NpgsqlDataSource dataSource)
{
    public const int Days = 30;

    public async Task<IReadOnlyList<string>> GetAsync(int limit, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT min(raw_text) FROM query_log
            WHERE at > $2 AND result_count > 0 AND length(raw_text) BETWEEN 3 AND 60
            GROUP BY lower(raw_text)
            ORDER BY count(*) DESC, max(at) DESC
            LIMIT $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        command.Parameters.Add(new NpgsqlParameter { Value = now.AddDays(-Days) });
        var queries = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            queries.Add(reader.GetString(0));
        }

        return queries;
    }
}
