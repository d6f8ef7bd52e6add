namespace Catalog.Data.LocalPostgres;

/// <summary>Finds initdb and pg_ctl: a configured folder, Debian's versioned folders, then PATH.</summary>
public sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found: install them with 'sudo apt-get install -y postgresql', " +
        "or set ConnectionStrings__Catalog to use an existing server.";

    public static PostgresBinaries Locate(string? configuredFolder)
    {
        foreach (var folder in CandidateFolders(configuredFolder))
        {
            var initDb = Path.Combine(folder, "initdb");
            var pgCtl = Path.Combine(folder, "pg_ctl");
            if (File.Exists(initDb) && File.Exists(pgCtl))
            {
                return new PostgresBinaries(initDb, pgCtl);
            }
        }

        throw new LocalPostgresException(InstallHint);
    }

    private static IEnumerable<string> CandidateFolders(string? configuredFolder)
    {
        if (!string.IsNullOrWhiteSpace(configuredFolder))
        {
            // An explicit folder is the only candidate: silently using another version would surprise.
            yield return configuredFolder;
            yield break;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var versions = Directory.GetDirectories(debianRoot)
                .Select(path => (path, version: int.TryParse(Path.GetFileName(path), out var v) ? v : -1))
                .Where(entry => entry.version >= 0)
                .OrderByDescending(entry => entry.version);
            foreach (var (path, _) in versions)
            {
                yield return Path.Combine(path, "bin");
            }
        }

        var pathVariable = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return folder;
        }
    }
}
