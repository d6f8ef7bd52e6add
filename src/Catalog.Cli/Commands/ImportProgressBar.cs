using Catalog.Import;
using Spectre.Console;

namespace Catalog.Cli.Commands;

/// <summary>A Spectre progress bar fed by the importer's progress reports.</summary>
internal static class ImportProgressBar
{
    public static Task<ImportReport> RunAsync(Func<IProgress<ImportProgress>, Task<ImportReport>> import) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => import(new Reporter(context)));

    private sealed class Reporter(ProgressContext context) : IProgress<ImportProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = [];

        public void Report(ImportProgress value)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                task = context.AddTask(value.Stage, maxValue: Math.Max(1, value.Total));
                _tasks[value.Stage] = task;
            }

            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Total == 0 ? task.MaxValue : value.Done;
        }
    }
}
