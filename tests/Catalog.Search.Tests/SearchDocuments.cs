using Catalog.Core.Titles;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;

namespace Catalog.Search.Tests;

/// <summary>Search documents and filters written for the retriever tests.</summary>
internal static class SearchDocuments
{
    public const int Horror = 1, Slasher = 2, SciFi = 3, Comedy = 4;

    public static SearchDocument Doc(long id, int year, int[] genres, TitleKind kind = TitleKind.Movie, bool ai = false, SearchCredit[]? credits = null, string? synopsis = null) => new()
    {
        TitleId = id,
        Kind = kind,
        Title = $"Title {id}",
        Year = year,
        Synopsis = synopsis,
        GenreIds = genres,
        GenreNames = genres.Select(g => $"Genre {g}").ToList(),
        Credits = credits ?? [],
        HasAiDisclosure = ai,
    };

    public static GenreRequirement Genre(string label, params int[] ids) => new(label, ids, ids.Select(i => $"Genre {i}").ToList());

    /// <summary>A unit vector pointing mostly along axis <paramref name="axis"/>.</summary>
    public static float[] Unit(int dimension, int axis, float lean = 0f, int leanAxis = 0)
    {
        var v = new float[dimension];
        v[axis] = 1f;
        v[leanAxis] += lean;
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }
}
