namespace Catalog.Speech.Transcription;

/// <summary>Thrown when a transcriber is built while the model is missing or invalid.</summary>
public sealed class SpeechModelUnavailableException : InvalidOperationException
{
    public SpeechModelUnavailableException()
    {
    }

    public SpeechModelUnavailableException(string message)
        : base(message)
    {
    }

    public SpeechModelUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SpeechModelUnavailableException(SpeechModelStatus status)
        : base(status?.ToString())
    {
        Status = status;
    }

    public SpeechModelStatus? Status { get; }
}
