using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Catalog.Core.Text;
using Npgsql;

namespace Catalog.Data.Genres;

/// <summary>
/// The genre vocabulary as an importer needs it: any label, folded, to the genres it means.
/// Labels the vocabulary lacks become new genres, so nothing a source says is dropped; the
/// import report lists them for the content team to merge into synonyms.
/// </summary>
internal sealed class GenreVocabulary
{
    private readonly Dictionary<string, int[]> _byAlias;

    private GenreVocabulary(Dictionary<string, int[]> byAlias) => _byAlias = byAlias;

    public List<string> CreatedGenres { get; } = [];

    public static async Task<GenreVocabulary> LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var pairs = new List<(string Alias, int GenreId)>();
        await using var command = new NpgsqlCommand(
            "SELECT alias, genre_id FROM genre_synonym UNION SELECT lower(name), id FROM genre", connection);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                pairs.Add((TextFolding.Fold(reader.GetString(0)), reader.GetInt32(1)));
            }
        }

        var byAlias = pairs
            .GroupBy(p => p.Alias, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.GenreId).Distinct().ToArray(), StringComparer.Ordinal);
        return new GenreVocabulary(byAlias);
    }

    public async Task<IReadOnlyList<int>> ResolveAsync(
        IEnumerable<string> labels, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        foreach (var label in labels)
        {
            var alias = TextFolding.Fold(label);
            if (alias.Length == 0)
            {
                continue;
            }

            if (!_byAlias.TryGetValue(alias, out var genreIds))
            {
                genreIds = [await CreateGenreAsync(label.Trim(), alias, connection, cancellationToken)];
                _byAlias[alias] = genreIds;
            }

            ids.AddRange(genreIds);
        }

        return ids.Distinct().ToList();
    }

    private async Task<int> CreateGenreAsync(string name, string alias, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var displayName = name.Length > 60 ? name[..60].Trim() : name;
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(
                    "INSERT INTO genre (name, slug) VALUES ($1, $2) ON CONFLICT (slug) DO UPDATE SET name = genre.name RETURNING id")
                {
                    Parameters = { new() { Value = displayName }, new() { Value = Slug(alias) } },
                },
                new NpgsqlBatchCommand(
                    "INSERT INTO genre_synonym (alias, genre_id) SELECT $1, id FROM genre WHERE slug = $2 ON CONFLICT DO NOTHING")
                {
                    Parameters = { new() { Value = alias }, new() { Value = Slug(alias) } },
                },
            },
        };
        var id = (int)(await batch.ExecuteScalarAsync(cancellationToken))!;
        CreatedGenres.Add(displayName);
        return id;
    }

    /// <summary>URL-safe slug; labels in other scripts get a stable hashed one.</summary>
    internal static string Slug(string alias)
    {
        var slug = Regex.Replace(alias, "[^a-z0-9]+", "-").Trim('-');
        if (slug.Length == 0)
        {
            slug = "genre-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(alias)))[..12];
        }

        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
