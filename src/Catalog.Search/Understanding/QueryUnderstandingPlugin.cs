using System.ComponentModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Catalog.Search.Understanding;

/// <summary>
/// Query understanding as Semantic Kernel functions, so that an LLM function-calling planner
/// (where a chat model is configured) and the deterministic path share one contract. The
/// search itself calls <see cref="QueryUnderstanding"/> directly: going through the kernel adds
/// nothing for the deterministic path but overhead.
/// </summary>
public sealed class QueryUnderstandingPlugin(QueryUnderstanding understanding)
{
    public const string PluginName = "catalog";

    [KernelFunction("understand_query")]
    [Description("Turns a viewer's spoken or typed request into catalog filters (years, genres, people, movie or series, AI use, like-title) and the free-text remainder.")]
    public QueryIntent UnderstandQuery([Description("The viewer's request, e.g. \"find me an '80s sci-fi thriller\".")] string query) =>
        understanding.Understand(query);

    /// <summary>A kernel with the plugin registered, and the embedding generator as a kernel service when given.</summary>
    public static Kernel CreateKernel(QueryUnderstanding understanding, IEmbeddingGenerator<string, Embedding<float>>? embedder = null)
    {
        var builder = Kernel.CreateBuilder();
        if (embedder is not null)
        {
            builder.Services.AddSingleton(embedder);
        }

        builder.Plugins.AddFromObject(new QueryUnderstandingPlugin(understanding), PluginName);
        return builder.Build();
    }
}
