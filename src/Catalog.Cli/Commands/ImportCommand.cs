using System.CommandLine;
using Catalog.Data.Titles;
using Catalog.Import;
using Catalog.Import.Seed;
using Catalog.Import.Wikipedia;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog import wikipedia|seed PATH...</c></summary>
internal static class ImportCommand
{
    public const int ImportFailed = 1;

    public static Command Create(DatabaseOpener opener) => new("import", "Import titles into the catalog; re-running updates, never duplicates.")
    {
        Subcommands =
        {
            Source(opener, "wikipedia", "The Wikipedia movie JSON files (a folder or files), e.g. ../shared/data/wikipedia-movies.",
                (writer, paths, progress, ct) => new WikipediaImporter(writer).ImportAsync(paths, progress, ct)),
            Source(opener, "seed", "The project's seed catalog, e.g. data/seed/catalog.json (format: docs/seed-format.md).",
                (writer, paths, progress, ct) => new SeedImporter(writer).ImportAsync(paths, progress, ct)),
        },
    };

    private static Command Source(
        DatabaseOpener opener,
        string name,
        string description,
        Func<TitleCatalogWriter, IReadOnlyList<string>, IProgress<ImportProgress>, CancellationToken, Task<ImportReport>> import)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to import.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, description) { Arguments = { paths } };
        command.SetAction((parse, ct) => opener.RunAsync(parse, async database =>
        {
            var files = parse.GetRequiredValue(paths);
            var missing = files.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing is not null)
            {
                CliOutput.Error($"{missing} does not exist.");
                return ImportFailed;
            }

            var writer = new TitleCatalogWriter(database.DataSource);
            var started = TimeProvider.System.GetTimestamp();
            var report = await ImportProgressBar.RunAsync(progress => import(writer, files, progress, ct));
            ImportReportPrinter.Print(report, TimeProvider.System.GetElapsedTime(started));
            return report.Succeeded ? 0 : ImportFailed;
        }, ct));
        return command;
    }
}
