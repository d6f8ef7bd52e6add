namespace Catalog.Testing;

/// <summary>Where the repository and the shared material beside it are, seen from a test binary.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedCatalog => Path.Combine(Root, "data", "seed", "catalog.json");

    /// <summary>The Wikipedia movie set in <c>../shared</c>; it is never copied into the project.</summary>
    public static string WikipediaMovies => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "wikipedia-movies"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Catalog.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Catalog.sln above {AppContext.BaseDirectory}.");
    }
}
