using System.Text.Json;
using System.Text.Json.Serialization;
using Catalog.Core.Titles;
using Catalog.Data.Titles;

namespace Catalog.Import.Seed;

/// <summary>
/// Imports the project's seed catalog (docs/seed-format.md). The format is ours, so it is read
/// strictly: an unknown field or a broken rule refuses the whole file, naming the record.
/// </summary>
public sealed class SeedImporter(TitleCatalogWriter writer)
{
    public const string Source = "seed";
    public const string Format = "catalog-seed/1";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public async Task<ImportReport> ImportAsync(
        IEnumerable<string> paths, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = ImportInputs.Expand(paths);
        var report = new ImportReport();
        var batches = new List<FileBatch>();
        foreach (var file in files)
        {
            var bytes = await ImportBatchWriter.ReadFileAsync(file, report, cancellationToken);
            if (bytes is null)
            {
                continue;
            }

            try
            {
                var titles = ReadTitles(file, bytes);
                report.FilesRead++;
                report.Read += titles.Count;
                batches.Add(new FileBatch(file, titles));
            }
            catch (ImportFormatException ex)
            {
                report.FailedFiles.Add(new ImportFileError(file, ex.Message));
            }
        }

        var repeated = batches.SelectMany(b => b.Titles).GroupBy(t => t.SourceId).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            // Two files claiming one id would overwrite each other on every run.
            foreach (var batch in batches.Where(b => b.Titles.Any(t => t.SourceId == repeated.Key)))
            {
                report.FailedFiles.Add(new ImportFileError(batch.File, $"{Path.GetFileName(batch.File)}: id '{repeated.Key}' is also used by another file"));
            }

            batches.RemoveAll(b => b.Titles.Any(t => t.SourceId == repeated.Key));
        }

        await ImportBatchWriter.WriteAsync(batches, writer, report, progress, cancellationToken);
        return report;
    }

    private static List<TitleRecord> ReadTitles(string file, byte[] bytes)
    {
        var seed = JsonFileReader.Read<SeedCatalogFile>(file, bytes, JsonOptions, recordsProperty: "titles", labelProperty: "id");
        if (seed.Format != Format)
        {
            throw new ImportFormatException(file, null, null, $"'format' must be \"{Format}\", not \"{seed.Format}\"");
        }

        var records = seed.Titles ?? throw new ImportFormatException(file, null, null, "'titles' is missing");
        var titles = new List<TitleRecord>(records.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var title = records[i] ?? throw new ImportFormatException(file, i + 1, null, "the record is null");
            if (SeedTitleValidator.FindError(title) is { } error)
            {
                throw new ImportFormatException(file, i + 1, title.Id ?? title.Title, error);
            }

            if (!ids.Add(title.Id!))
            {
                throw new ImportFormatException(file, i + 1, title.Id, "this id is already used by an earlier record");
            }

            titles.Add(ToTitle(title));
        }

        return titles;
    }

    private static TitleRecord ToTitle(SeedTitle t) => new()
    {
        Source = Source,
        SourceId = t.Id!,
        Kind = CatalogCodes.ParseTitleKind(t.Kind!),
        Title = t.Title!.Trim(),
        OriginalTitle = t.OriginalTitle,
        Year = t.Year,
        EndYear = t.EndYear,
        RuntimeMinutes = t.RuntimeMinutes,
        MaturityRating = t.MaturityRating,
        Synopsis = t.Synopsis!.Trim(),
        Countries = t.Countries ?? [],
        Languages = t.Languages ?? [],
        Genres = t.Genres ?? [],
        Credits = (t.Credits ?? []).Select(c => new CreditRecord(c.Name!.Trim(), CatalogCodes.ParseCreditRole(c.Role!), c.Character)).ToList(),
        Seasons = (t.Seasons ?? []).Select(s => new SeasonRecord(s.Number!.Value, s.Year, s.EpisodeCount)).ToList(),
        AiDisclosures = (t.AiDisclosures ?? [])
            .Select(d => new AiDisclosureRecord(CatalogCodes.ParseAiUseKind(d.Kind!), d.UsedFor!.Trim(), d.Vendor, d.Source!.Trim()))
            .ToList(),
    };
}
