using System.Globalization;

namespace Catalog.Cli.Commands;

/// <summary>Nearest-rank percentiles over sorted timings, and how the benchmarks print them.</summary>
internal static class Percentiles
{
    public static double Of(List<double> sorted, int percentile) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

    public static string Format(double milliseconds, string pattern = "0.00") => milliseconds.ToString(pattern, CultureInfo.InvariantCulture);
}
