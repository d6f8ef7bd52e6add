namespace Catalog.Import;

/// <summary>The final tally of an import: what was read, what it did, and what it refused and why.</summary>
public sealed class ImportReport
{
    public int FilesRead { get; set; }
    public int Read { get; set; }
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }

    /// <summary>Records that repeated an earlier record's source id and were merged into it.</summary>
    public int DuplicatesMerged { get; set; }

    public List<RejectedRecord> Rejected { get; } = [];

    /// <summary>Files that were not imported at all; the database holds nothing from them.</summary>
    public List<ImportFileError> FailedFiles { get; } = [];

    /// <summary>Genre labels the vocabulary did not know, added as new genres.</summary>
    public SortedSet<string> CreatedGenres { get; } = new(StringComparer.Ordinal);

    public bool Succeeded => FailedFiles.Count == 0;
}

/// <summary>A record skipped on its own (the rest of its file was imported).</summary>
public sealed record RejectedRecord(string File, int RecordNumber, string? Label, string Reason);

/// <summary>A file left out whole; the message names the record at fault where there is one.</summary>
public sealed record ImportFileError(string File, string Message);

/// <summary>Progress of a running import, for a progress bar.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total);
