using Catalog.Core.Titles;
using Npgsql;

namespace Catalog.Search.Retrieval;

/// <summary>
/// Reads titles from PostgreSQL as <see cref="SearchDocument"/>s, best known first (our own
/// catalog, then by number of credits), so that an index built in this order breaks ties sensibly.
/// </summary>
public sealed class SearchDocumentLoader(NpgsqlDataSource dataSource)
{
    private const string Sql =
        """
        SELECT t.id, t.kind, t.title, t.original_title, t.year, t.synopsis,
               coalesce((SELECT array_agg(tg.genre_id ORDER BY tg.position) FROM title_genre tg WHERE tg.title_id = t.id), '{}'),
               coalesce((SELECT array_agg(g.name ORDER BY tg.position) FROM title_genre tg JOIN genre g ON g.id = tg.genre_id WHERE tg.title_id = t.id), '{}'),
               coalesce((SELECT array_agg(c.person_id ORDER BY c.position) FROM credit c WHERE c.title_id = t.id), '{}'),
               coalesce((SELECT array_agg(p.name ORDER BY c.position) FROM credit c JOIN person p ON p.id = c.person_id WHERE c.title_id = t.id), '{}'),
               coalesce((SELECT array_agg(c.role ORDER BY c.position) FROM credit c WHERE c.title_id = t.id), '{}'),
               EXISTS (SELECT 1 FROM ai_disclosure d WHERE d.title_id = t.id)
        FROM title t
        WHERE $1::bigint[] IS NULL OR t.id = ANY($1)
        ORDER BY (t.source = 'seed') DESC, (SELECT count(*) FROM credit c WHERE c.title_id = t.id) DESC, t.id
        """;

    public Task<List<SearchDocument>> LoadAllAsync(CancellationToken ct = default) => LoadAsync(null, ct);

    public async Task<List<SearchDocument>> LoadAsync(long[]? titleIds, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)titleIds ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var documents = new List<SearchDocument>();
        while (await reader.ReadAsync(ct))
        {
            var personIds = reader.GetFieldValue<long[]>(8);
            var names = reader.GetFieldValue<string[]>(9);
            var roles = reader.GetFieldValue<string[]>(10);
            documents.Add(new SearchDocument
            {
                TitleId = reader.GetInt64(0),
                Kind = CatalogCodes.ParseTitleKind(reader.GetString(1)),
                Title = reader.GetString(2),
                OriginalTitle = reader.IsDBNull(3) ? null : reader.GetString(3),
                Year = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                Synopsis = reader.IsDBNull(5) ? null : reader.GetString(5),
                GenreIds = reader.GetFieldValue<int[]>(6),
                GenreNames = reader.GetFieldValue<string[]>(7),
                Credits = personIds.Select((id, i) => new SearchCredit(id, names[i], CatalogCodes.ParseCreditRole(roles[i]))).ToList(),
                HasAiDisclosure = reader.GetBoolean(11),
            });
        }

        return documents;
    }
}
