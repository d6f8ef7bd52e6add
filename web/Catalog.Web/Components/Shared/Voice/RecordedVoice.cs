namespace Catalog.Web.Components.Shared.Voice;

/// <summary>A finished recording, and whether the last draft sent while listening says the same words.</summary>
public sealed record RecordedVoice(byte[] Wav, bool DraftIsCurrent);
