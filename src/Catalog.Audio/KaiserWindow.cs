namespace Catalog.Audio;

/// <summary>The Kaiser window: near-optimal trade of main-lobe width for side-lobe level, tuned by one parameter.</summary>
internal sealed class KaiserWindow(double beta)
{
    private readonly double _scale = 1 / BesselI0(beta);

    /// <summary>The window at <paramref name="x"/> in [-1, 1]; 0 outside.</summary>
    public double At(double x) => Math.Abs(x) > 1 ? 0 : BesselI0(beta * Math.Sqrt(1 - (x * x))) * _scale;

    /// <summary>Modified Bessel function of the first kind, order 0, by its power series (converges fast for β ≤ 20).</summary>
    internal static double BesselI0(double x)
    {
        var sum = 1.0;
        var term = 1.0;
        var half = x / 2;
        for (var k = 1; k < 64 && term > sum * 1e-17; k++)
        {
            var factor = half / k;
            term *= factor * factor;
            sum += term;
        }

        return sum;
    }
}
