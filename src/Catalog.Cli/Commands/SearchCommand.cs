using System.CommandLine;
using System.Globalization;
using Catalog.Search.Embeddings;
using Catalog.Search.Searching;
using Spectre.Console;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog search "an '80s sci-fi thriller" [--mode full] [--limit 10]</c>: one search, with how it was understood.</summary>
internal static class SearchCommand
{
    public static Command Create(DatabaseOpener opener)
    {
        var text = new Argument<string>("query") { Description = "What a viewer would type or say." };
        var mode = SearchModeOption.Create();
        var limit = new Option<int>("--limit") { Description = "How many results.", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Search the catalog and show the understood intent, the results and the stage timings.")
        {
            Arguments = { text },
            Options = { mode, limit },
        };
        command.SetAction((parse, ct) => opener.RunAsync(parse, async database =>
        {
            var searchMode = SearchModeOption.Read(parse, mode);
            using var runtime = await SearchRuntimeFactory.StartAsync(database.DataSource, searchMode == SearchMode.Lexical ? null : CliConfiguration.Embedding(), TimeProvider.System, ct: ct);
            var response = await runtime.Search.SearchAsync(new SearchRequest(parse.GetRequiredValue(text), searchMode, parse.GetValue(limit)), ct);
            Print(response);
            return 0;
        }, ct));
        return command;
    }

    private static void Print(SearchResponse response)
    {
        if (response.Intent is { } intent)
        {
            CliOutput.Info($"understood: years={intent.Years?.Label ?? "-"} genres=[{string.Join(", ", intent.Genres.Select(g => g.Label))}] " +
                $"not=[{string.Join(", ", intent.ExcludedGenres.Select(g => g.Label).Concat(intent.ExcludedPeople.Select(p => p.Name)))}] " +
                $"people=[{string.Join(intent.AnyPerson ? " or " : ", ", intent.People.Select(p => p.Role is null ? p.Name : $"{p.Name} ({p.Role})"))}] kind={intent.Kind?.ToString() ?? "-"} " +
                $"ai={intent.AiUse} like={intent.Like?.Title ?? "-"} descriptive={intent.Descriptive} residue=\"{intent.Residue}\"");
        }

        foreach (var relaxed in response.Relaxed)
        {
            CliOutput.Info($"relaxed: {relaxed}");
        }

        var table = new Table().AddColumns("#", "title", "year", "genre", "source id", "score", "matched passage");
        var rank = 0;
        foreach (var result in response.Results)
        {
            table.AddRow((++rank).ToString(CultureInfo.InvariantCulture), Markup.Escape(result.Title), result.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(result.PrimaryGenre ?? ""), Markup.Escape(result.SourceId), result.Score.ToString("0.###", CultureInfo.InvariantCulture),
                Markup.Escape(result.Passage is { Length: > 70 } passage ? passage[..69] + "…" : result.Passage ?? ""));
        }

        AnsiConsole.Write(table);
        CliOutput.Info("timings (ms): " + string.Join(", ", response.TimingsMs.Select(t => $"{t.Key} {t.Value:0.0}")));
    }
}
