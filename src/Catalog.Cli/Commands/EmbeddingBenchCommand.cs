using System.CommandLine;
using Catalog.Search.Embeddings;
using Catalog.Search.Retrieval;

namespace Catalog.Cli.Commands;

/// <summary>
/// <c>catalog bench embed</c>: indexing's embedding speed with the configured model and execution
/// provider, on the catalog in the database or on titles saved to a file, so a GPU machine
/// without the database can measure the same work.
/// </summary>
internal static class EmbeddingBenchCommand
{
    public const int BadInput = 2;

    public static Command Create(DatabaseOpener opener)
    {
        var sample = new Option<int>("--sample") { Description = "Titles embedded, evenly spaced over the catalog (0: every title).", DefaultValueFactory = _ => 2000 };
        var rounds = new Option<int>("--rounds") { Description = "Times the sample is embedded; with more than one, the first is a warm-up.", DefaultValueFactory = _ => 1 };
        var documents = new Option<string?>("--documents") { Description = "Titles from this file (written by --save-documents) instead of the database." };
        var save = new Option<string?>("--save-documents") { Description = "Write the catalog's titles to this file (JSON lines) instead of embedding them." };
        var compare = new Option<int>("--compare-cpu") { Description = "Passages also embedded on the CPU, to check that the configured provider gives the same vectors (0: skip).", DefaultValueFactory = _ => 0 };
        var command = new Command("embed", "Benchmark indexing's embedding speed with the configured model and execution provider.")
        {
            Options = { sample, rounds, documents, save, compare },
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(rounds) < 1 || parse.GetValue(sample) < 0 || parse.GetValue(compare) < 0)
            {
                CliOutput.Error("--rounds must be at least 1, --sample and --compare-cpu at least 0.");
                return BadInput;
            }

            if (parse.GetValue(documents) is not { } path)
            {
                return await opener.RunAsync(parse, async database =>
                {
                    var catalog = await new SearchDocumentLoader(database.DataSource).LoadAllAsync(ct);
                    if (parse.GetValue(save) is { } target)
                    {
                        await SearchDocumentFile.WriteAsync(target, catalog, ct);
                        CliOutput.Info($"{catalog.Count} titles written to {target}");
                        return 0;
                    }

                    return await EmbedAsync(catalog, parse.GetValue(sample), parse.GetValue(rounds), parse.GetValue(compare), ct);
                }, ct);
            }

            List<SearchDocument> titles;
            try
            {
                titles = await SearchDocumentFile.ReadAsync(path, ct);
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
            {
                CliOutput.Error(ex.Message);
                return BadInput;
            }

            return await EmbedAsync(titles, parse.GetValue(sample), parse.GetValue(rounds), parse.GetValue(compare), ct);
        });
        return command;
    }

    private static async Task<int> EmbedAsync(List<SearchDocument> titles, int sample, int rounds, int compare, CancellationToken ct)
    {
        var options = CliConfiguration.Embedding();
        OnnxSentenceEmbeddingGenerator embedder;
        try
        {
            embedder = new OnnxSentenceEmbeddingGenerator(options);
        }
        catch (InvalidOperationException ex)
        {
            // No configured provider could load (a GPU's libraries missing, say): say which and why.
            CliOutput.Error(ex.Message);
            return DatabaseOpener.SetupFailed;
        }

        using var owned = embedder;
        foreach (var skipped in embedder.Model.SkippedProviders)
        {
            CliOutput.Info($"execution provider skipped: {skipped}");
        }

        CliOutput.Info($"catalog: {titles.Count} titles; {embedder.BatchSize} texts per model run");
        var passages = await EmbeddingThroughputBench.RunAsync(embedder, embedder.Model.ModelId, titles, sample == 0 ? titles.Count : sample, rounds, ct);
        await EmbeddingAgreementCheck.RunAsync(embedder, options, passages, compare, ct);
        return 0;
    }
}
