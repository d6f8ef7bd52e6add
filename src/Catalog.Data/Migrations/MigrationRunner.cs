using Microsoft.Extensions.Logging;
using Npgsql;

namespace Catalog.Data.Migrations;

/// <summary>
/// Applies the embedded migrations in order, each in its own transaction, under an advisory
/// lock so that the web app and the tool starting together do not race. An applied migration
/// whose file later changed is an error, not something to paper over.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner> logger)
{
    // Any constant works; it only has to be the same in every process migrating this database.
    private const long AdvisoryLockKey = 0x43415441_4C4F47;

    public async Task<int> ApplyAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_lock($1)", cancellationToken, AdvisoryLockKey);
        try
        {
            await ExecuteAsync(
                connection,
                """
                CREATE TABLE IF NOT EXISTS schema_migration (
                    version     integer PRIMARY KEY,
                    name        text NOT NULL,
                    checksum    text NOT NULL,
                    applied_at  timestamptz NOT NULL DEFAULT now()
                )
                """,
                cancellationToken);
            var applied = await ReadAppliedAsync(connection, cancellationToken);
            var count = 0;
            foreach (var migration in migrations)
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (!string.Equals(checksum, migration.Checksum, StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException(
                            $"Migration {migration.Version:D4}_{migration.Name} was changed after it was applied; add a new migration instead.");
                    }

                    continue;
                }

                await ApplyOneAsync(connection, migration, cancellationToken);
                count++;
            }

            return count;
        }
        finally
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock($1)", CancellationToken.None, AdvisoryLockKey);
        }
    }

    private async Task ApplyOneAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(migration.Sql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var record = new NpgsqlCommand(
            "INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)", connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Checksum });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Applied migration {Version:D4}_{Name}", migration.Version, migration.Name);
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM schema_migration", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
