using System.Text.Json;
using System.Text.Json.Serialization;
using Catalog.Search.Retrieval;
using Catalog.Search.Searching;
using Npgsql;
using NpgsqlTypes;

namespace Catalog.Search.QueryLog;

/// <summary>Drains the queue into PostgreSQL in batches (binary COPY), until the queue completes.</summary>
public sealed class QueryLogWriter(NpgsqlDataSource dataSource, QueryLogQueue queue)
{
    public const int MaxBatch = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public async Task RunAsync(CancellationToken ct)
    {
        var batch = new List<QueryLogEntry>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(ct))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            await WriteAsync(batch, ct);
            batch.Clear();
        }
    }

    public async Task WriteAsync(IReadOnlyList<QueryLogEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY query_log (at, source, mode, raw_text, intent, filters, relaxed, result_count, first_results, timings_ms) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var entry in entries)
        {
            var response = entry.Response;
            var text = response.Query.Length > QueryLogEntry.MaxTextLength ? response.Query[..QueryLogEntry.MaxTextLength] : response.Query;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(entry.At, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(entry.Source, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(response.Mode.ToString().ToLowerInvariant(), NpgsqlDbType.Text, ct);
            await copy.WriteAsync(text, NpgsqlDbType.Text, ct);
            if (response.Intent is { } intent)
            {
                await copy.WriteAsync(JsonSerializer.Serialize(intent, Json), NpgsqlDbType.Jsonb, ct);
            }
            else
            {
                await copy.WriteNullAsync(ct);
            }

            var filters = response.Intent is { } understood ? SearchFilter.From(understood) : SearchFilter.None;
            await copy.WriteAsync(JsonSerializer.Serialize(filters, Json), NpgsqlDbType.Jsonb, ct);
            await copy.WriteAsync(response.Relaxed.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteAsync(response.Results.Count, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(response.Results.Take(QueryLogEntry.FirstResults).Select(r => r.TitleId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(JsonSerializer.Serialize(response.TimingsMs, Json), NpgsqlDbType.Jsonb, ct);
        }

        await copy.CompleteAsync(ct);
    }
}
