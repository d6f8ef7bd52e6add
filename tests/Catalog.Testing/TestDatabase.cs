using Npgsql;

namespace Catalog.Testing;

/// <summary>A database that belongs to one test; dropped when the test ends.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresFixture _fixture;

    internal TestDatabase(PostgresFixture fixture, string name, string connectionString)
    {
        _fixture = fixture;
        Name = name;
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = Command(sql, parameters);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<int> ExecuteAsync(string sql, params object[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<List<T>> ColumnAsync<T>(string sql, params object[] parameters)
    {
        await using var command = Command(sql, parameters);
        var values = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private NpgsqlCommand Command(string sql, object[] parameters)
    {
        var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return command;
    }

    /// <summary>Every row of every catalog table, as text: equal snapshots mean nothing changed.</summary>
    public async Task<string> SnapshotAsync()
    {
        const string sql =
            """
            SELECT string_agg(t, E'\n' ORDER BY t) FROM (
                SELECT 'title ' || row(id, kind, title, year, synopsis, source, source_id, row_version)::text AS t FROM title
                UNION ALL SELECT 'genre ' || row(g.*)::text FROM genre g
                UNION ALL SELECT 'synonym ' || row(s.*)::text FROM genre_synonym s
                UNION ALL SELECT 'title_genre ' || row(tg.*)::text FROM title_genre tg
                UNION ALL SELECT 'person ' || row(p.*)::text FROM person p
                UNION ALL SELECT 'credit ' || row(c.*)::text FROM credit c
                UNION ALL SELECT 'season ' || row(s.*)::text FROM season s
                UNION ALL SELECT 'ai ' || row(d.*)::text FROM ai_disclosure d) AS rows
            """;
        await using var command = DataSource.CreateCommand(sql);
        return (await command.ExecuteScalarAsync()) as string ?? string.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _fixture.DropDatabaseAsync(Name);
    }
}
