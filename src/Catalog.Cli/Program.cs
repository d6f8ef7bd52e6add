using System.CommandLine;
using Catalog.Cli;
using Catalog.Cli.Commands;

var connection = new Option<string?>("--connection")
{
    Description = "PostgreSQL connection string; overrides ConnectionStrings__Catalog. Without either, a private cluster in .data/ is used.",
    Recursive = true,
};
var root = new RootCommand("catalog: import, migrate and inspect the streaming catalog.")
{
    Options = { connection },
    Subcommands =
    {
        ImportCommand.Create(new DatabaseOpener(connection)),
        MigrateCommand.Create(new DatabaseOpener(connection)),
        StatsCommand.Create(new DatabaseOpener(connection)),
        EvalCommand.Create(new DatabaseOpener(connection)),
        SearchCommand.Create(new DatabaseOpener(connection)),
        ReindexCommand.Create(new DatabaseOpener(connection)),
        BenchCommand.Create(new DatabaseOpener(connection)),
        ModelsCommand.Create(),
    },
};
return await root.Parse(args).InvokeAsync();
