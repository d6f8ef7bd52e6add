using Catalog.Search.Searching;
using Npgsql;

namespace Catalog.Cli;

/// <summary>Starts the search pieces for the tool's commands (eval, bench).</summary>
internal static class SearchComposition
{
    public static Task<SearchRuntime> StartAsync(NpgsqlDataSource dataSource, bool withVector, CancellationToken ct)
    {
        // Dense retrieval joins once title embeddings are stored; until then lexical and full modes run without it.
        _ = withVector;
        return SearchRuntime.StartAsync(dataSource, vector: null, TimeProvider.System, ct);
    }
}
