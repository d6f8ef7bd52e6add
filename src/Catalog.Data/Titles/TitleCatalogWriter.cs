using Catalog.Core.Text;
using Catalog.Core.Titles;
using Catalog.Data.Genres;
using Npgsql;
using NpgsqlTypes;

namespace Catalog.Data.Titles;

/// <summary>
/// Writes a batch of titles in one transaction: all of it lands or none of it does. Records are
/// streamed into temporary tables with binary COPY, then merged with set-based SQL, so tens of
/// thousands of titles take seconds. Titles whose content did not change are not touched.
/// </summary>
public sealed class TitleCatalogWriter(NpgsqlDataSource dataSource)
{
    public async Task<TitleWriteResult> WriteAsync(IReadOnlyList<TitleRecord> records, CancellationToken cancellationToken = default)
    {
        var duplicate = records.GroupBy(r => (r.Source, r.SourceId)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The batch holds {duplicate.Key.SourceId} ({duplicate.Key.Source}) twice.", nameof(records));
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteBatchAsync(connection, TitleMergeSql.CreateStaging, cancellationToken);

        var vocabulary = await GenreVocabulary.LoadAsync(connection, cancellationToken);
        var genreRows = new List<(int Ord, int Position, int GenreId)>();
        for (var ord = 0; ord < records.Count; ord++)
        {
            var position = 0;
            foreach (var genreId in await vocabulary.ResolveAsync(records[ord].Genres, connection, cancellationToken))
            {
                genreRows.Add((ord, position++, genreId));
            }
        }

        await CopyTitlesAsync(connection, records, cancellationToken);
        await CopyGenresAsync(connection, genreRows, cancellationToken);
        await CopyCreditsAsync(connection, records, cancellationToken);
        await CopySeasonsAsync(connection, records, cancellationToken);
        await CopyDisclosuresAsync(connection, records, cancellationToken);

        await ExecuteBatchAsync(connection, TitleMergeSql.Merge, cancellationToken);
        var (inserted, updated) = await CountChangesAsync(connection, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new TitleWriteResult(inserted, updated, records.Count - inserted - updated, vocabulary.CreatedGenres);
    }

    private static async Task CopyTitlesAsync(NpgsqlConnection connection, IReadOnlyList<TitleRecord> records, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY stage_title (ord, kind, title, original_title, year, end_year, synopsis, runtime_minutes, maturity_rating, " +
            "countries, languages, image_url, source, source_id, content_hash) FROM STDIN (FORMAT BINARY)",
            ct);
        for (var ord = 0; ord < records.Count; ord++)
        {
            var r = records[ord];
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(ord, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.Kind.ToCode(), NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.Title, NpgsqlDbType.Text, ct);
            await copy.WriteNullableAsync(r.OriginalTitle, NpgsqlDbType.Text, ct);
            await copy.WriteNullableAsync(r.Year, NpgsqlDbType.Integer, ct);
            await copy.WriteNullableAsync(r.EndYear, NpgsqlDbType.Integer, ct);
            await copy.WriteNullableAsync(r.Synopsis, NpgsqlDbType.Text, ct);
            await copy.WriteNullableAsync(r.RuntimeMinutes, NpgsqlDbType.Integer, ct);
            await copy.WriteNullableAsync(r.MaturityRating, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.Countries.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.Languages.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteNullableAsync(r.ImageUrl, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.Source, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.SourceId, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(TitleContentHash.Compute(r), NpgsqlDbType.Bytea, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task CopyGenresAsync(NpgsqlConnection connection, List<(int Ord, int Position, int GenreId)> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY stage_genre (ord, position, genre_id) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (ord, position, genreId) in rows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(ord, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(position, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(genreId, NpgsqlDbType.Integer, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task CopyCreditsAsync(NpgsqlConnection connection, IReadOnlyList<TitleRecord> records, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY stage_credit (ord, position, name, name_key, role, character) FROM STDIN (FORMAT BINARY)", ct);
        for (var ord = 0; ord < records.Count; ord++)
        {
            var position = 0;
            foreach (var credit in records[ord].Credits)
            {
                var key = TextFolding.Fold(credit.Name);
                if (key.Length == 0)
                {
                    continue;
                }

                await copy.StartRowAsync(ct);
                await copy.WriteAsync(ord, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(position++, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(credit.Name.Trim(), NpgsqlDbType.Text, ct);
                await copy.WriteAsync(key, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(credit.Role.ToCode(), NpgsqlDbType.Text, ct);
                await copy.WriteNullableAsync(credit.Character, NpgsqlDbType.Text, ct);
            }
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task CopySeasonsAsync(NpgsqlConnection connection, IReadOnlyList<TitleRecord> records, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY stage_season (ord, number, year, episode_count) FROM STDIN (FORMAT BINARY)", ct);
        for (var ord = 0; ord < records.Count; ord++)
        {
            foreach (var season in records[ord].Seasons)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(ord, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(season.Number, NpgsqlDbType.Integer, ct);
                await copy.WriteNullableAsync(season.Year, NpgsqlDbType.Integer, ct);
                await copy.WriteNullableAsync(season.EpisodeCount, NpgsqlDbType.Integer, ct);
            }
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task CopyDisclosuresAsync(NpgsqlConnection connection, IReadOnlyList<TitleRecord> records, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY stage_disclosure (ord, position, kind, used_for, vendor, fact_source) FROM STDIN (FORMAT BINARY)", ct);
        for (var ord = 0; ord < records.Count; ord++)
        {
            var position = 0;
            foreach (var disclosure in records[ord].AiDisclosures)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(ord, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(position++, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(disclosure.Kind.ToCode(), NpgsqlDbType.Text, ct);
                await copy.WriteAsync(disclosure.UsedFor, NpgsqlDbType.Text, ct);
                await copy.WriteNullableAsync(disclosure.Vendor, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(disclosure.Source, NpgsqlDbType.Text, ct);
            }
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task<(int Inserted, int Updated)> CountChangesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM stage_changed", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    private static async Task ExecuteBatchAsync(NpgsqlConnection connection, IEnumerable<string> statements, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in statements)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statement));
        }

        await batch.ExecuteNonQueryAsync(ct);
    }
}
