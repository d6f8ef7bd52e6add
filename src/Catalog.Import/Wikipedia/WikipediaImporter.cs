using System.Text.Json;
using System.Text.Json.Serialization;
using Catalog.Data.Titles;

namespace Catalog.Import.Wikipedia;

/// <summary>
/// Imports the Wikipedia movie JSON files (a folder or files). Every file is read and checked
/// before anything is written; a file with a malformed record is left out whole. Films are
/// de-duplicated by <c>href</c> across all files, and each file is written in one transaction.
/// </summary>
public sealed class WikipediaImporter(TitleCatalogWriter writer)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public async Task<ImportReport> ImportAsync(
        IEnumerable<string> paths, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = ImportInputs.Expand(paths);
        var report = new ImportReport();
        var byId = new Dictionary<string, (int FileIndex, WikipediaMovie Movie)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var fileIndex = 0; fileIndex < files.Count; fileIndex++)
        {
            progress?.Report(new ImportProgress("Reading", fileIndex, files.Count));
            var movies = await ReadFileAsync(files[fileIndex], report, cancellationToken);
            if (movies is null)
            {
                continue;
            }

            report.FilesRead++;
            foreach (var movie in movies)
            {
                var id = WikipediaRecordMapper.SourceIdOf(movie);
                if (byId.TryGetValue(id, out var existing))
                {
                    byId[id] = (existing.FileIndex, WikipediaRecordMapper.Merge(existing.Movie, movie));
                    report.DuplicatesMerged++;
                }
                else
                {
                    byId[id] = (fileIndex, movie);
                    order.Add(id);
                }
            }
        }

        progress?.Report(new ImportProgress("Reading", files.Count, files.Count));
        var batches = order
            .GroupBy(id => byId[id].FileIndex)
            .OrderBy(g => g.Key)
            .Select(g => new FileBatch(files[g.Key], g.Select(id => WikipediaRecordMapper.ToTitle(byId[id].Movie, id)).ToList()))
            .ToList();
        await ImportBatchWriter.WriteAsync(batches, writer, report, progress, cancellationToken);
        return report;
    }

    /// <summary>The file's acceptable records, or null when the file is refused (the report says why).</summary>
    private static async Task<List<WikipediaMovie>?> ReadFileAsync(string file, ImportReport report, CancellationToken cancellationToken)
    {
        var bytes = await ImportBatchWriter.ReadFileAsync(file, report, cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            var records = JsonFileReader.Read<List<WikipediaMovie?>>(file, bytes, JsonOptions, recordsProperty: null, labelProperty: "title");
            var accepted = new List<WikipediaMovie>(records.Count);
            for (var i = 0; i < records.Count; i++)
            {
                var movie = records[i] ?? throw new ImportFormatException(file, i + 1, null, "the record is null");
                if (WikipediaRecordMapper.FindError(movie) is { } error)
                {
                    throw new ImportFormatException(file, i + 1, movie.Title, error);
                }

                if (WikipediaRecordMapper.FindRejection(movie) is { } rejection)
                {
                    report.Rejected.Add(new RejectedRecord(file, i + 1, movie.Href, rejection));
                    continue;
                }

                accepted.Add(movie);
            }

            report.Read += records.Count;
            return accepted;
        }
        catch (ImportFormatException ex)
        {
            report.FailedFiles.Add(new ImportFileError(file, ex.Message));
            return null;
        }
    }
}
