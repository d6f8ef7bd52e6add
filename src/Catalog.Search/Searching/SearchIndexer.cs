using Catalog.Search.Retrieval;
using Catalog.Search.Vector;
using Npgsql;

namespace Catalog.Search.Searching;

/// <summary>
/// Applies the search outbox to the running indexes: takes a batch of changed title ids, reloads
/// those titles, updates the Lucene index and (when dense retrieval runs) embeds them and
/// updates the vector index, then deletes the outbox rows, all in one transaction, so a crash
/// only means the batch is applied again.
/// </summary>
public sealed class SearchIndexer(NpgsqlDataSource dataSource, SearchRuntime runtime)
{
    public const int BatchSize = 500;

    /// <summary>Applies one batch; returns how many titles it touched (0 when the outbox is empty).</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var titleIds = await TakeBatchAsync(connection, transaction, ct);
        if (titleIds.Length == 0)
        {
            return 0;
        }

        var documents = await new SearchDocumentLoader(dataSource).LoadAsync(titleIds, ct);
        var gone = titleIds.Except(documents.Select(d => d.TitleId)).ToList();
        runtime.Lexical.Apply(documents, gone);
        runtime.Prominence.Apply(documents, gone);
        if (runtime.Vector is { } vector)
        {
            var store = new TitleEmbeddingStore(dataSource);
            await store.EmbedAsync(vector.Embedder, vector.Model, documents, force: false, ct: ct);
            var vectors = await store.LoadVectorsAsync(vector.Model, titleIds, ct);
            var records = TitleEmbeddingStore.Pair(documents, vectors);
            await vector.Index.UpsertAsync(records, ct);
            await vector.Index.DeleteAsync(gone, ct);
        }

        await transaction.CommitAsync(ct);
        return titleIds.Length;
    }

    private static async Task<long[]> TakeBatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            DELETE FROM search_outbox WHERE id IN (
                SELECT id FROM search_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING title_id
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = BatchSize });
        var ids = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids.ToArray();
    }
}
