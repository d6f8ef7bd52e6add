using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Catalog.Audio;

/// <summary>
/// A windowed-sinc low-pass split into phases, one per fractional input position an output sample can fall on.
/// Output n sits at input position n·Down/Up; its value is the dot product of the input around that position with the
/// phase's row of taps, so the rate change and the anti-alias / anti-image filtering happen in one pass.
/// </summary>
internal sealed class PolyphaseFilter
{
    // Zero crossings of the sinc on each side, counted at the lower of the two rates. With this β (about -90 dB stopband)
    // and roll-off, the response is flat to 80% of the lower rate's Nyquist, -6 dB at 90%, and below -90 dB from Nyquist
    // on: going to 16 kHz that is flat to 6.4 kHz and nothing above 8 kHz folds back into the band.
    private const int HalfWidth = 24;
    private const double Beta = 8.6;
    private const double Rolloff = 0.9;

    // Rates that share little with the output (44 099 Hz needs 16 000 exact phases) would make a table of millions of
    // taps, built per request. Past this many taps the phases are thinned to fit and each output position is rounded to
    // the nearest phase: at least 113 phases even at 192 kHz, a timing error of at most 1/226 of an input sample (about
    // -60 dB at 7 kHz). Every standard rate (8 kHz to 192 kHz, 11.025 kHz family included) fits exactly.
    private const int MaxCoefficients = 1 << 16;
    private const int MinPhases = 64;

    private static readonly int[] CachedRates = [8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000, 88_200, 96_000, 176_400, 192_000];
    private static readonly ConcurrentDictionary<(int In, int Out), PolyphaseFilter> Cache = new();

    private readonly float[] _coefficients;

    private PolyphaseFilter(int inputRate, int outputRate)
    {
        var gcd = Gcd(inputRate, outputRate);
        Up = outputRate / gcd;
        Down = inputRate / gcd;
        var narrower = Math.Min(1.0, (double)outputRate / inputRate);
        HalfSpan = HalfWidth / narrower;
        var pairWidth = Vector<float>.Count * 2;
        Taps = ((2 * (int)Math.Ceiling(HalfSpan)) + pairWidth - 1) / pairWidth * pairWidth;
        Phases = (long)Up * Taps <= MaxCoefficients ? Up : Math.Max(MinPhases, MaxCoefficients / Taps);
        _coefficients = Design(Rolloff * 0.5 * narrower);
    }

    public int Up { get; }

    public int Down { get; }

    public int Phases { get; }

    public int Taps { get; }

    /// <summary>Input samples each side of the output position the window reaches.</summary>
    public double HalfSpan { get; }

    /// <summary>The first tap sits this many input samples before the input sample at or left of the output position.</summary>
    public int Lead => (Taps / 2) - 1;

    public ReadOnlySpan<float> Row(int phase) => _coefficients.AsSpan(phase * Taps, Taps);

    /// <summary>Filters for standard rates are kept; other rates are built per call so an attacker cannot grow a cache.</summary>
    public static PolyphaseFilter For(int inputRate, int outputRate) =>
        Array.IndexOf(CachedRates, inputRate) >= 0 && Array.IndexOf(CachedRates, outputRate) >= 0
            ? Cache.GetOrAdd((inputRate, outputRate), key => new PolyphaseFilter(key.In, key.Out))
            : new PolyphaseFilter(inputRate, outputRate);

    /// <summary>
    /// The phase for an output that falls <paramref name="remainder"/>/<see cref="Up"/> of the way past input sample
    /// <paramref name="index"/>, and the input sample that phase's row is aligned to.
    /// </summary>
    public (long Index, int Phase) PhaseAt(long index, long remainder)
    {
        if (Phases == Up)
        {
            return (index, (int)remainder);
        }

        var phase = (int)(((remainder * Phases) + (Up / 2)) / Up);
        return phase == Phases ? (index + 1, 0) : (index, phase);
    }

    private float[] Design(double cutoff)
    {
        var coefficients = new float[Phases * Taps];
        var row = new double[Taps];
        var window = new KaiserWindow(Beta);
        for (var phase = 0; phase < Phases; phase++)
        {
            var fraction = (double)phase / Phases;
            var sum = 0.0;
            for (var k = 0; k < Taps; k++)
            {
                var tau = k - Lead - fraction;
                row[k] = 2 * cutoff * Sinc(2 * cutoff * tau) * window.At(tau / HalfSpan);
                sum += row[k];
            }

            // Normalising each row makes DC gain exactly 1 in every phase, so a constant input stays constant (no ripple).
            for (var k = 0; k < Taps; k++)
            {
                coefficients[(phase * Taps) + k] = (float)(row[k] / sum);
            }
        }

        return coefficients;
    }

    private static double Sinc(double x) => x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    internal static float Dot(ReadOnlySpan<float> samples, ReadOnlySpan<float> taps)
    {
        // The loads below skip bounds checks, so the one check that makes them safe is made here.
        if (samples.Length < taps.Length || taps.Length % (2 * Vector<float>.Count) != 0)
        {
            throw new ArgumentException("Samples must cover the taps, and the taps must be a multiple of two vectors.", nameof(samples));
        }

        // Two independent accumulators let consecutive multiply-adds overlap instead of waiting on each other.
        ref var x = ref MemoryMarshal.GetReference(samples);
        ref var h = ref MemoryMarshal.GetReference(taps);
        var width = (nuint)Vector<float>.Count;
        var a = Vector<float>.Zero;
        var b = Vector<float>.Zero;
        for (nuint i = 0; i < (nuint)taps.Length; i += 2 * width)
        {
            a += Vector.LoadUnsafe(ref x, i) * Vector.LoadUnsafe(ref h, i);
            b += Vector.LoadUnsafe(ref x, i + width) * Vector.LoadUnsafe(ref h, i + width);
        }

        return Vector.Sum(a + b);
    }
}
