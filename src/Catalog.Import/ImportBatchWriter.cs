using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Npgsql;

namespace Catalog.Import;

/// <summary>The titles that one input file contributes; they are written together or not at all.</summary>
internal sealed record FileBatch(string File, IReadOnlyList<TitleRecord> Titles);

/// <summary>Writes each file's batch in its own transaction and adds up the report.</summary>
internal static class ImportBatchWriter
{
    public static async Task WriteAsync(
        IReadOnlyList<FileBatch> batches,
        TitleCatalogWriter writer,
        ImportReport report,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var total = batches.Sum(b => b.Titles.Count);
        var done = 0;
        progress?.Report(new ImportProgress("Writing", done, total));
        foreach (var batch in batches)
        {
            try
            {
                var result = await writer.WriteAsync(batch.Titles, cancellationToken);
                report.Inserted += result.Inserted;
                report.Updated += result.Updated;
                report.Unchanged += result.Unchanged;
                report.CreatedGenres.UnionWith(result.CreatedGenres);
            }
            catch (PostgresException ex)
            {
                // The transaction rolled back: nothing of this file is in the database.
                report.FailedFiles.Add(new ImportFileError(batch.File, $"{Path.GetFileName(batch.File)}: the database refused it: {ex.MessageText}"));
            }

            done += batch.Titles.Count;
            progress?.Report(new ImportProgress("Writing", done, total));
        }
    }

    public static async Task<byte[]?> ReadFileAsync(string file, ImportReport report, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (IOException ex)
        {
            report.FailedFiles.Add(new ImportFileError(file, $"{Path.GetFileName(file)}: cannot be read: {ex.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            report.FailedFiles.Add(new ImportFileError(file, $"{Path.GetFileName(file)}: cannot be read: {ex.Message}"));
            return null;
        }
    }
}
