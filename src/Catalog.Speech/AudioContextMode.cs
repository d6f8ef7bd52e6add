namespace Catalog.Speech;

/// <summary>How many encoder positions (whisper.cpp's audio_ctx) a clip is encoded with.</summary>
public enum AudioContextMode
{
    /// <summary>Just enough for the clip: 50 positions per second plus a margin, rounded up.</summary>
    Auto,

    /// <summary>Always <see cref="SpeechOptions.AudioContextFrames"/> positions.</summary>
    Fixed,

    /// <summary>The model's full 30 s window (1500 positions), as Whisper was trained.</summary>
    Full,
}
