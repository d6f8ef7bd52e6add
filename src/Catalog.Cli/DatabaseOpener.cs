using System.CommandLine;
using Catalog.Data;
using Catalog.Data.LocalPostgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Catalog.Cli;

/// <summary>
/// Opens the catalog database the way the web app does (same configuration keys, same private
/// cluster default), and turns set-up failures into one readable line and exit code 3.
/// </summary>
internal sealed class DatabaseOpener(Option<string?> connectionOption)
{
    public const int SetupFailed = 3;

    public async Task<int> RunAsync(ParseResult parse, Func<CatalogDatabase, Task<int>> action, CancellationToken cancellationToken, bool quiet = false)
    {
        var configuration = CliConfiguration.Load();
        var options = CatalogDatabaseOptions.FromConfiguration(configuration);
        options.ConnectionString = parse.GetValue(connectionOption) ?? options.ConnectionString;

        using var loggerFactory = LoggerFactory.Create(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true));

        CatalogDatabase database;
        try
        {
            database = await CatalogDatabase.OpenAsync(options, loggerFactory, cancellationToken);
        }
        catch (LocalPostgresException ex)
        {
            CliOutput.Error(ex.Message);
            return SetupFailed;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            CliOutput.Error($"cannot use the catalog database: {ex.Message}");
            return SetupFailed;
        }

        await using (database)
        {
            if (!quiet)
            {
                CliOutput.Info($"Catalog database: {database.Description}");
            }

            return await action(database);
        }
    }
}
