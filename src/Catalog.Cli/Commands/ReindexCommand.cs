using System.CommandLine;
using Catalog.Search.Embeddings;
using Catalog.Search.Vector;
using Spectre.Console;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog reindex [--force]</c>: embeds every title whose text changed since it was last embedded.</summary>
internal static class ReindexCommand
{
    public static Command Create(DatabaseOpener opener)
    {
        var force = new Option<bool>("--force") { Description = "Embed every title again, changed or not." };
        var command = new Command("reindex", "Compute and store title embeddings for the vector index (a progress bar shows how far it is).")
        {
            Options = { force },
        };
        command.SetAction((parse, ct) => opener.RunAsync(parse, async database =>
        {
            using var generator = new OnnxSentenceEmbeddingGenerator(CliConfiguration.Embedding());
            foreach (var warning in generator.Model.RuntimeWarnings())
            {
                CliOutput.Warning(warning);
            }

            var store = new TitleEmbeddingStore(database.DataSource);
            var started = TimeProvider.System.GetTimestamp();
            var result = await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(context =>
                {
                    var task = context.AddTask($"Embedding with {generator.Model.ModelId} on {generator.Model.ExecutionProvider}");
                    var progress = new Progress<(int Done, int Total)>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Total == 0 ? task.MaxValue : p.Done;
                    });
                    return store.ReindexAsync(generator, generator.Model.ModelId, parse.GetValue(force), progress, ct);
                });
            var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            CliOutput.Info($"titles: {result.Titles}, embedded: {result.Embedded}, unchanged: {result.Unchanged}, " +
                $"{seconds:F1} s ({(result.Embedded == 0 ? 0 : result.Embedded / seconds):F0} titles/s)");
            return 0;
        }, ct));
        return command;
    }
}
