namespace Catalog.Speech.Models;

/// <summary>
/// SplitMix64: tiny, fast and fully specified, so a seed gives the same weights on every .NET
/// version and machine (System.Random's seeded sequence is an implementation detail).
/// </summary>
internal sealed class WeightRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one tensor: the file seed and the tensor's index, mixed.</summary>
    public static WeightRandom ForTensor(int seed, int tensorIndex) =>
        new(Mix(((ulong)(uint)seed << 32) | (uint)tensorIndex));

    /// <summary>Uniform in [-1, 1).</summary>
    public float NextSigned()
    {
        _state += 0x9E3779B97F4A7C15;
        return ToSigned(Mix(_state));
    }

    /// <summary>Fills <paramref name="values"/> with uniform values in [-amplitude, amplitude).</summary>
    public void Fill(Span<float> values, float amplitude)
    {
        // A local copy of the state keeps the hot loop in registers.
        var state = _state;
        for (var i = 0; i < values.Length; i++)
        {
            state += 0x9E3779B97F4A7C15;
            values[i] = ToSigned(Mix(state)) * amplitude;
        }

        _state = state;
    }

    private static float ToSigned(ulong bits) => ((bits >> 40) * (1f / (1 << 23))) - 1f;

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
