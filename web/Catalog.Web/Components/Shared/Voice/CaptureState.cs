namespace Catalog.Web.Components.Shared.Voice;

/// <summary>Where the microphone is, as voice-capture.js reports it.</summary>
public enum CaptureState
{
    Idle,
    Requesting,
    Listening,
    Processing,
    Failed,
}
