using System.Security.Cryptography;
using System.Text;
using Catalog.Search.Embeddings;
using Catalog.Search.Retrieval;
using Microsoft.Extensions.AI;
using Npgsql;
using NpgsqlTypes;

namespace Catalog.Search.Vector;

/// <summary>
/// Title embeddings in PostgreSQL, one row per passage (<see cref="EmbeddingPassages"/>): computes
/// the missing or outdated ones (the passages' text changed, or another model) and loads them to
/// build a vector index.
/// </summary>
public sealed class TitleEmbeddingStore(NpgsqlDataSource dataSource)
{
    /// <summary>Titles handed to the generator per call (their passages, that is); the generator batches further inside.</summary>
    public const int ChunkSize = 256;

    public sealed record ReindexResult(int Titles, int Embedded, int Unchanged);

    public async Task<ReindexResult> ReindexAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator, string model, bool force,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default) =>
        await EmbedAsync(generator, model, await new SearchDocumentLoader(dataSource).LoadAllAsync(ct), force, progress, ct);

    /// <summary>Embeds those of <paramref name="documents"/> whose text changed since they were last embedded with <paramref name="model"/>.</summary>
    public async Task<ReindexResult> EmbedAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator, string model, IReadOnlyList<SearchDocument> documents, bool force,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var stored = force ? [] : await StoredHashesAsync(model, ct);
        var pending = documents
            .Select(d => (d.TitleId, Passages: EmbeddingPassages.For(d)))
            .Select(d => (d.TitleId, d.Passages, Hash: Hash(d.Passages)))
            .Where(d => !stored.TryGetValue(d.TitleId, out var hash) || !hash.AsSpan().SequenceEqual(d.Hash))
            .ToList();
        progress?.Report((0, pending.Count));
        for (var start = 0; start < pending.Count; start += ChunkSize)
        {
            var chunk = pending.Skip(start).Take(ChunkSize).ToList();
            var vectors = await EmbedPassagesAsync(generator, chunk.Select(c => c.Passages).ToList(), ct);
            await SaveAsync(model, chunk.Select((c, i) => (c.TitleId, c.Hash, vectors[i])).ToList(), ct);
            progress?.Report((start + chunk.Count, pending.Count));
        }

        return new ReindexResult(documents.Count, pending.Count, documents.Count - pending.Count);
    }

    /// <summary>Each title's passage vectors, in passage order.</summary>
    private static async Task<ReadOnlyMemory<float>[][]> EmbedPassagesAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator, List<IReadOnlyList<string>> titles, CancellationToken ct)
    {
        // Batches pad to their longest text: passages of similar length together waste far less compute.
        var passages = titles.SelectMany((texts, title) => texts.Select((text, passage) => (Title: title, Passage: passage, Text: text)))
            .OrderBy(p => p.Text.Length).ToList();
        var vectors = await generator.GenerateDocumentVectorsAsync(passages.Select(p => p.Text), ct);
        var byTitle = titles.Select(texts => new ReadOnlyMemory<float>[texts.Count]).ToArray();
        for (var i = 0; i < passages.Count; i++)
        {
            byTitle[passages[i].Title][passages[i].Passage] = vectors[i];
        }

        return byTitle;
    }

    public async Task<bool> HasAnyAsync(CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM title_embedding)");
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Every stored vector of <paramref name="model"/> with its title's search document.</summary>
    public async Task<List<VectorRecord>> LoadAsync(string model, CancellationToken ct = default) => await LoadAsync(model, null, ct);

    /// <summary>The stored vectors of the given titles (all when null), with their search documents.</summary>
    public async Task<List<VectorRecord>> LoadAsync(string model, long[]? titleIds, CancellationToken ct = default)
    {
        var vectors = await LoadVectorsAsync(model, titleIds, ct);
        return Pair(await new SearchDocumentLoader(dataSource).LoadAsync(titleIds, ct), vectors);
    }

    /// <summary>The documents that have stored vectors, each with its own.</summary>
    public static List<VectorRecord> Pair(IEnumerable<SearchDocument> documents, IReadOnlyDictionary<long, List<float[]>> vectors) =>
        documents.Where(d => vectors.ContainsKey(d.TitleId)).Select(d => new VectorRecord(d, vectors[d.TitleId].Select(v => (ReadOnlyMemory<float>)v).ToList())).ToList();

    /// <summary>The stored vectors of the given titles (all when null), by title id, each title's in passage order.</summary>
    public async Task<Dictionary<long, List<float[]>>> LoadVectorsAsync(string model, long[]? titleIds, CancellationToken ct = default)
    {
        var vectors = new Dictionary<long, List<float[]>>();
        await using var command = dataSource.CreateCommand(
            "SELECT title_id, vector FROM title_embedding WHERE model = $1 AND ($2::bigint[] IS NULL OR title_id = ANY($2)) ORDER BY title_id, passage");
        command.Parameters.Add(new NpgsqlParameter { Value = model });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)titleIds ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var titleId = reader.GetInt64(0);
            if (!vectors.TryGetValue(titleId, out var passages))
            {
                vectors[titleId] = passages = [];
            }

            passages.Add(reader.GetFieldValue<float[]>(1));
        }

        return vectors;
    }

    private async Task<Dictionary<long, byte[]>> StoredHashesAsync(string model, CancellationToken ct)
    {
        var hashes = new Dictionary<long, byte[]>();
        await using var command = dataSource.CreateCommand("SELECT title_id, text_hash FROM title_embedding WHERE model = $1 AND passage = 0");
        command.Parameters.Add(new NpgsqlParameter { Value = model });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hashes[reader.GetInt64(0)] = reader.GetFieldValue<byte[]>(1);
        }

        return hashes;
    }

    private async Task SaveAsync(string model, List<(long TitleId, byte[] Hash, ReadOnlyMemory<float>[] Vectors)> titles, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE stage_embedding (title_id bigint, passage smallint, text_hash bytea, vector real[]) ON COMMIT DROP", connection, transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY stage_embedding (title_id, passage, text_hash, vector) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (titleId, hash, vectors) in titles)
            {
                for (short passage = 0; passage < vectors.Length; passage++)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(titleId, NpgsqlDbType.Bigint, ct);
                    await copy.WriteAsync(passage, NpgsqlDbType.Smallint, ct);
                    await copy.WriteAsync(hash, NpgsqlDbType.Bytea, ct);
                    await copy.WriteAsync(vectors[passage].ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Real, ct);
                }
            }

            await copy.CompleteAsync(ct);
        }

        // A title's passages are replaced as a whole: one that now has fewer keeps no stale rows.
        await using (var delete = new NpgsqlCommand(
            "DELETE FROM title_embedding WHERE title_id IN (SELECT title_id FROM stage_embedding)", connection, transaction))
        {
            await delete.ExecuteNonQueryAsync(ct);
        }

        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO title_embedding (title_id, passage, model, text_hash, vector)
            SELECT s.title_id, s.passage, $1, s.text_hash, s.vector FROM stage_embedding s JOIN title t ON t.id = s.title_id
            """, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = model });
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static byte[] Hash(IReadOnlyList<string> passages) => SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', passages)));
}
