namespace Catalog.Web.Voice;

/// <summary>Voice search cannot run now; the message says why and how to fix it (HTTP 503).</summary>
public sealed class VoiceUnavailableException(string message) : Exception(message);
