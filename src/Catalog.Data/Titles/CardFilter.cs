using Catalog.Core.Titles;
using Npgsql;
using NpgsqlTypes;

namespace Catalog.Data.Titles;

/// <summary>
/// The viewer's own filters as the home rows apply them: years, a genre (with its narrower genres),
/// movie or series, and AI use (true: only disclosed titles, false: none of them).
/// </summary>
public sealed record CardFilter(int? FromYear = null, int? ToYear = null, string? GenreSlug = null, TitleKind? Kind = null, bool? WithAi = null)
{
    public static readonly CardFilter None = new();

    /// <summary>
    /// The filter as a SQL condition on title alias <c>t</c>, reading its values from parameters
    /// <c>$first</c> to <c>$first+4</c> (see <see cref="AddParameters"/>); a parameter left null tests nothing.
    /// </summary>
    public static string Condition(int first) =>
        $"""
        (${first}::int IS NULL OR t.year >= ${first})
        AND (${first + 1}::int IS NULL OR t.year <= ${first + 1})
        AND (${first + 3}::text IS NULL OR t.kind = ${first + 3})
        AND (${first + 4}::bool IS NULL OR EXISTS (SELECT 1 FROM ai_disclosure d WHERE d.title_id = t.id) = ${first + 4})
        AND (${first + 2}::text IS NULL OR EXISTS (
            SELECT 1 FROM title_genre fg JOIN genre fgn ON fgn.id = fg.genre_id
            WHERE fg.title_id = t.id
              AND (fgn.slug = ${first + 2} OR fgn.id IN (
                  SELECT n.narrower_id FROM genre_narrower n JOIN genre parent ON parent.id = n.genre_id WHERE parent.slug = ${first + 2}))))
        """;

    public void AddParameters(NpgsqlParameterCollection parameters)
    {
        parameters.Add(new NpgsqlParameter { Value = (object?)FromYear ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        parameters.Add(new NpgsqlParameter { Value = (object?)ToYear ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        parameters.Add(new NpgsqlParameter { Value = (object?)GenreSlug ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = Kind is { } kind ? kind.ToCode() : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = (object?)WithAi ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Boolean });
    }
}
