namespace Catalog.Search.Understanding.Chat;

/// <summary>
/// An OpenAI-compatible chat model that reads queries by calling a function (section
/// <c>Understanding:Chat</c>). Off unless <see cref="Endpoint"/> is set: the rules stand on their own.
/// </summary>
public sealed class ChatUnderstandingOptions
{
    public const string SectionName = "Understanding:Chat";

    /// <summary>Base address of an OpenAI-compatible API ("http://localhost:11434/v1"); empty turns the chat path off.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model, which must support function calling.</summary>
    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>How long a search waits for the model before it goes on with the rules' reading.</summary>
    public int TimeoutMs { get; set; } = 2000;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Endpoint);

    public void Validate()
    {
        if (!IsEnabled)
        {
            return;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{SectionName}:{nameof(Endpoint)} \"{Endpoint}\" is not an http(s) address.", nameof(Endpoint));
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            throw new ArgumentException($"{SectionName}:{nameof(Model)} must name the chat model when {nameof(Endpoint)} is set.", nameof(Model));
        }

        if (TimeoutMs is < 100 or > 60_000)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeoutMs), TimeoutMs, $"{SectionName}:{nameof(TimeoutMs)} must be between 100 and 60000.");
        }
    }
}
