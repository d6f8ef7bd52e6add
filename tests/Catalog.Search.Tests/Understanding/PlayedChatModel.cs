using System.Net;
using System.Text;
using System.Text.Json;

namespace Catalog.Search.Tests.Understanding;

/// <summary>Plays an OpenAI-compatible chat endpoint (no model can run here): records each request body and answers as told.</summary>
internal sealed class PlayedChatModel(Func<string, HttpResponseMessage> answer, TimeSpan? delay = null) : HttpMessageHandler
{
    public List<string> Requests { get; } = [];

    /// <summary>An answer that calls the understanding function with these arguments.</summary>
    public static HttpResponseMessage ToolCall(object arguments) => Completion(
        JsonSerializer.Serialize(new
        {
            role = "assistant",
            content = (string?)null,
            tool_calls = new[] { new { id = "call_1", type = "function", function = new { name = "catalog-set_query_intent", arguments = JsonSerializer.Serialize(arguments) } } },
        }),
        "tool_calls");

    public static HttpResponseMessage Completion(string message, string finishReason) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764000000,\"model\":\"played-model\",\"choices\":[{\"index\":0,\"message\":"
            + message + ",\"finish_reason\":\"" + finishReason
            + "\"}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}",
            Encoding.UTF8, "application/json"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(body);
        }

        if (delay is { } wait)
        {
            await Task.Delay(wait, cancellationToken);
        }

        return answer(body);
    }
}
