using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Catalog.Search.Understanding.Chat;

/// <summary>
/// Understanding by a chat model through Semantic Kernel's OpenAI connector: the model must answer
/// by calling <see cref="IntentTool"/>, whose arguments become the <see cref="QueryIntent"/>. The
/// rules' reading is the answer whenever the model fails, is slow, or calls nothing, so a search
/// never depends on the model being there.
/// </summary>
public sealed class ChatQueryUnderstanding
{
    private readonly QueryUnderstanding _rules;
    private readonly ChatUnderstandingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Kernel _kernel;
    private readonly KernelFunction _tool;

    /// <param name="httpClient">The connection to the endpoint; tests pass one whose handler plays the model.</param>
    public ChatQueryUnderstanding(
        QueryUnderstanding rules, ChatUnderstandingOptions options, TimeProvider time, HttpClient? httpClient = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!options.IsEnabled)
        {
            throw new ArgumentException($"{ChatUnderstandingOptions.SectionName}:{nameof(options.Endpoint)} is not set.", nameof(options));
        }

        (_rules, _options, _time, _logger) = (rules, options, time, logger ?? NullLogger.Instance);
        _tool = IntentTool.Create();
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(options.Model!, new Uri(options.Endpoint!), options.ApiKey, httpClient: httpClient);
        builder.Plugins.Add(KernelPluginFactory.CreateFromFunctions(IntentTool.PluginName, [_tool]));
        _kernel = builder.Build();
    }

    public async Task<QueryIntent> UnderstandAsync(string text, CancellationToken ct = default)
    {
        var rules = _rules.Understand(text);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.TimeoutMs);
        try
        {
            var history = new ChatHistory(Instructions());
            history.AddUserMessage(text);
            var settings = new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Required([_tool], autoInvoke: false), Temperature = 0 };
            var reply = await _kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync(history, settings, _kernel, timeout.Token);
            if (FunctionCallContent.GetFunctionCalls(reply).FirstOrDefault(c => c.FunctionName == IntentTool.FunctionName) is not { Arguments: { } arguments })
            {
                _logger.LogWarning("The chat model answered without calling {Function}; the rules' reading is used.", IntentTool.FunctionName);
                return rules;
            }

            return ChatIntentReader.Read(arguments, rules, _rules.Lexicon, _time.GetUtcNow().Year);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "The chat model did not understand the query in time or failed; the rules' reading is used.");
            return rules;
        }
    }

    private string Instructions() =>
        "You read a viewer's spoken or typed request to a film and series catalog and answer only by calling "
        + $"{IntentTool.FunctionName}. Years are release years; a decade such as \"the '80s\" is 1980 to 1989. "
        + "Ages, settings and plot times are not release years: keep them in the text. "
        + $"Genre names of this catalog: {string.Join(", ", _rules.Lexicon.Genres.Names.Order())}. "
        + $"This year is {_time.GetUtcNow().Year}.";
}
