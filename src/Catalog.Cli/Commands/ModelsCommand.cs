using System.CommandLine;
using Spectre.Console;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog models pull tiny.en|base.en|small.en[-q5_1 …] [--output models]</c>.</summary>
internal static class ModelsCommand
{
    public const int PullFailed = 1;

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = $"Which Whisper model: {ModelPuller.Choices}." };
        var output = new Option<string>("--output") { Description = "Folder for the ggml file.", DefaultValueFactory = _ => "models" };
        var pull = new Command("pull", "Download ggml Whisper weights for voice search (needs internet).") { Arguments = { name }, Options = { output } };
        pull.SetAction(async (parse, ct) =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
            try
            {
                var path = await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask($"downloading {parse.GetValue(name)}", maxValue: double.MaxValue);
                    task.IsIndeterminate = true;
                    return await new ModelPuller(http).PullAsync(
                        parse.GetRequiredValue(name), parse.GetRequiredValue(output), new Progress<long>(bytes => task.Description = $"downloaded {bytes / 1_048_576.0:F1} MB"), ct);
                });
                CliOutput.Info($"model ready: {path}");
                CliOutput.Info($"voice search uses it with Speech__ModelPath={Path.GetFullPath(path)} (or 'Speech:ModelPath' in appsettings.json)");
                return 0;
            }
            catch (ModelPullException ex)
            {
                CliOutput.Error(ex.Message);
                return PullFailed;
            }
        });
        return new Command("models", "Speech models.") { Subcommands = { pull } };
    }
}
