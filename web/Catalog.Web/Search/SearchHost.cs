using Catalog.Search.Embeddings;
using Catalog.Search.QueryLog;
using Catalog.Search.Searching;
using Catalog.Search.Understanding.Chat;
using Catalog.Search.Vector;
using Catalog.Web.Infrastructure;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Search;

/// <summary>Starts the search runtime (lexicon, Lucene index, vectors when stored) once the database is open.</summary>
internal sealed class SearchHost(
    CatalogDatabaseHost database,
    IOptions<SearchOptions> options,
    IConfiguration configuration,
    QueryLogQueue log,
    ILogger<SearchHost> logger) : IHostedService, IDisposable
{
    private SearchRuntime? _runtime;

    public CatalogSearch Search => (_runtime ?? throw new InvalidOperationException("Search is not started yet.")).Search;

    public bool IsStarted => _runtime is not null;

    public SearchRuntime Runtime => _runtime ?? throw new InvalidOperationException("Search is not started yet.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!database.IsOpen)
        {
            return;
        }

        var embedding = options.Value.Vector ? configuration.GetSection(EmbeddingOptions.SectionName).Get<EmbeddingOptions>() ?? new EmbeddingOptions() : null;
        var qdrant = configuration.GetSection(QdrantOptions.SectionName).Get<QdrantOptions>();
        _runtime = await SearchRuntimeFactory.StartAsync(database.DataSource, embedding, TimeProvider.System, log, qdrant, cancellationToken);
        var chat = configuration.GetSection(ChatUnderstandingOptions.SectionName).Get<ChatUnderstandingOptions>() ?? new ChatUnderstandingOptions();
        if (chat.IsEnabled)
        {
            _runtime.Search.Chat = new ChatQueryUnderstanding(_runtime.Understanding, chat, TimeProvider.System, logger: logger);
            logger.LogInformation(
                "Queries are read by the chat model {Model} at {Endpoint}, the rules when it fails or takes over {Timeout} ms", chat.Model, chat.Endpoint, chat.TimeoutMs);
        }

        var model = _runtime.Vector?.Embedder.GetService<SentenceModel>();
        foreach (var warning in model?.RuntimeWarnings() ?? [])
        {
            logger.LogWarning("{Warning}", warning);
        }

        logger.LogInformation(
            "Search ready: {Titles} titles in the lexical index, dense retrieval {Vector}",
            _runtime.Lexical.Count, _runtime.Vector is null
                ? "off (no embeddings stored for this Embedding model, precision and token cap; run 'catalog reindex' with the same settings)"
                : $"on ({model?.ModelId ?? _runtime.Vector.Model} on {model?.ExecutionProvider.ToString() ?? "an external embedder"})");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _runtime?.Dispose();
}
