using Catalog.Search.Embeddings;
using Microsoft.Extensions.Configuration;

namespace Catalog.Cli;

/// <summary>The tool's configuration: the same keys as the web app, from an optional appsettings.json beside the binary and the environment.</summary>
internal static class CliConfiguration
{
    public static IConfiguration Load() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>The <c>Embedding</c> section, so reindex, search, eval and bench use the model the web app does.</summary>
    public static EmbeddingOptions Embedding() =>
        Load().GetSection(EmbeddingOptions.SectionName).Get<EmbeddingOptions>() ?? new EmbeddingOptions();
}
