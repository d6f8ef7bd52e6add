using System.CommandLine;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog migrate</c>: opening the database applies pending migrations.</summary>
internal static class MigrateCommand
{
    public static Command Create(DatabaseOpener opener)
    {
        var command = new Command("migrate", "Apply pending schema migrations and exit.");
        command.SetAction((parse, ct) => opener.RunAsync(parse, _ =>
        {
            CliOutput.Info("The catalog schema is up to date.");
            return Task.FromResult(0);
        }, ct));
        return command;
    }
}
