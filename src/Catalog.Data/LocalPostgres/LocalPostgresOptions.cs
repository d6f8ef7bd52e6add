namespace Catalog.Data.LocalPostgres;

/// <summary>Settings of the private cluster started when no connection string is configured.</summary>
public sealed class LocalPostgresOptions
{
    public const string SectionName = "LocalPostgres";

    /// <summary>Cluster folder; by default <c>.data/postgres</c> in the repository root.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Loopback port; 0 picks a free one at each start.</summary>
    public int Port { get; set; }

    /// <summary>Folder holding initdb and pg_ctl; by default found under /usr/lib/postgresql or on PATH.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>The database the catalog lives in.</summary>
    public string Database { get; set; } = "catalog";

    /// <summary>
    /// A throw-away cluster (tests): durability off for speed, folder deleted when stopped.
    /// </summary>
    public bool Ephemeral { get; set; }
}
