namespace Catalog.Speech.Transcription;

/// <summary>
/// Chooses the encoder context for a clip. Whisper pads every clip to a 30 s window and its
/// encoder cost grows with the window, so a 3 s query encoded at full context spends most of its
/// time on silence. whisper.cpp's audio_ctx shortens the window; too short and it cuts off speech,
/// so Auto keeps a margin past the clip's end.
/// </summary>
public static class AudioContextPolicy
{
    /// <summary>Encoder positions per second: 100 mel frames per second, halved by the stride-2 convolution.</summary>
    public const int PositionsPerSecond = 50;

    /// <summary>About 1.3 s past the end of the clip, so trailing speech is never cut.</summary>
    public const int MarginPositions = 64;

    /// <summary>
    /// Rounding step, so clips of similar length share processors (each is built for one context).
    /// 32, not 64: the encoder's cost grows with every position, and a step of 64 wasted up to 63 of
    /// them (base.en-shaped, 1 thread: 272 positions 470 ms, 320 positions 556 ms); below 32 the
    /// time did not drop (176 against 192, 368 against 384 within noise). The margin is unchanged.
    /// </summary>
    public const int Granularity = 32;

    private const int SamplesPerPosition = ISpeechTranscriber.SampleRate / PositionsPerSecond;

    /// <summary>The audio context for a clip of <paramref name="sampleCount"/> samples at 16 kHz.</summary>
    /// <param name="modelAudioContext">The model's n_audio_ctx, the most it accepts.</param>
    public static int Choose(AudioContextMode mode, int fixedPositions, int sampleCount, int modelAudioContext)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sampleCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(modelAudioContext, 1);
        return mode switch
        {
            AudioContextMode.Full => modelAudioContext,
            AudioContextMode.Fixed => Math.Clamp(fixedPositions, 1, modelAudioContext),
            _ => Math.Min(RoundUp(Ceiling(sampleCount, SamplesPerPosition) + MarginPositions), modelAudioContext),
        };
    }

    private static int Ceiling(int value, int divisor) => (int)((value + (long)divisor - 1) / divisor);

    private static int RoundUp(int positions) => Ceiling(positions, Granularity) * Granularity;
}
