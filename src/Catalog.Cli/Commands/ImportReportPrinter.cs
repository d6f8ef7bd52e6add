using Catalog.Import;
using Spectre.Console;

namespace Catalog.Cli.Commands;

/// <summary>The final report: counts, then every refusal with its reason.</summary>
internal static class ImportReportPrinter
{
    private const int MaxRejectedShown = 25;

    public static void Print(ImportReport report, TimeSpan elapsed)
    {
        var table = new Table().AddColumn("import").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("files read", report.FilesRead.ToString());
        table.AddRow("records read", report.Read.ToString());
        table.AddRow("inserted", report.Inserted.ToString());
        table.AddRow("updated", report.Updated.ToString());
        table.AddRow("unchanged", report.Unchanged.ToString());
        table.AddRow("duplicates merged", report.DuplicatesMerged.ToString());
        table.AddRow("rejected", report.Rejected.Count.ToString());
        table.AddRow("files not imported", report.FailedFiles.Count.ToString());
        AnsiConsole.Write(table);
        CliOutput.Info($"Finished in {elapsed.TotalSeconds:F1} s.");

        if (report.CreatedGenres.Count > 0)
        {
            CliOutput.Warning($"new genres added to the vocabulary: {string.Join(", ", report.CreatedGenres)}");
        }

        foreach (var rejected in report.Rejected.Take(MaxRejectedShown))
        {
            CliOutput.Warning($"rejected {Path.GetFileName(rejected.File)}, record {rejected.RecordNumber} {rejected.Label}: {rejected.Reason}");
        }

        if (report.Rejected.Count > MaxRejectedShown)
        {
            CliOutput.Warning($"... and {report.Rejected.Count - MaxRejectedShown} more rejected records");
        }

        foreach (var failed in report.FailedFiles)
        {
            CliOutput.Error($"not imported: {failed.Message} (nothing from this file was written)");
        }
    }
}
