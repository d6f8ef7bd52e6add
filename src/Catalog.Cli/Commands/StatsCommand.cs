using System.CommandLine;
using Spectre.Console;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog stats</c>: what the catalog holds, by source and kind.</summary>
internal static class StatsCommand
{
    public static Command Create(DatabaseOpener opener)
    {
        var command = new Command("stats", "Show how many titles, people and AI disclosures the catalog holds.");
        command.SetAction((parse, ct) => opener.RunAsync(parse, async database =>
        {
            var table = new Table().AddColumns("source", "kind", "titles");
            await using (var titles = database.DataSource.CreateCommand(
                "SELECT source, kind, count(*) FROM title GROUP BY source, kind ORDER BY source, kind"))
            await using (var reader = await titles.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    table.AddRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2).ToString());
                }
            }

            AnsiConsole.Write(table);
            await using var totals = database.DataSource.CreateCommand(
                "SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM genre), (SELECT count(DISTINCT title_id) FROM ai_disclosure)");
            await using var totalsReader = await totals.ExecuteReaderAsync(ct);
            await totalsReader.ReadAsync(ct);
            CliOutput.Info(
                $"people: {totalsReader.GetInt64(0)}, genres: {totalsReader.GetInt64(1)}, titles with AI disclosures: {totalsReader.GetInt64(2)}");
            return 0;
        }, ct));
        return command;
    }
}
