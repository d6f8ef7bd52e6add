namespace Catalog.Speech.Models;

/// <summary>
/// The mel filterbank Whisper was trained with (librosa's Slaney-style mel scale and area
/// normalisation, 16 kHz, 400-point FFT), stored in the file so whisper.cpp computes real log-mel
/// features even from a synthetic model.
/// </summary>
internal static class MelFilterBank
{
    private const double SampleRate = 16_000;
    private const double LinearMelStep = 200.0 / 3;
    private const double LogStartHz = 1000;
    private const double LogStartMel = LogStartHz / LinearMelStep;
    private static readonly double LogStep = Math.Log(6.4) / 27;

    /// <summary>Row-major [bands × 201]: row j holds band j's weight for each FFT bin.</summary>
    public static float[] Create(int bands)
    {
        var bins = GgmlFormat.FrequencyBins;
        var edges = BandEdgesHz(bands);
        var weights = new float[bands * bins];
        for (var band = 0; band < bands; band++)
        {
            var (low, centre, high) = (edges[band], edges[band + 1], edges[band + 2]);
            // Slaney normalisation: each triangle has unit area, so wide high bands are not louder.
            var scale = 2.0 / (high - low);
            for (var bin = 0; bin < bins; bin++)
            {
                var hz = bin * SampleRate / ((bins - 1) * 2);
                var rising = (hz - low) / (centre - low);
                var falling = (high - hz) / (high - centre);
                weights[(band * bins) + bin] = (float)(Math.Max(0, Math.Min(rising, falling)) * scale);
            }
        }

        return weights;
    }

    private static double[] BandEdgesHz(int bands)
    {
        var topMel = HzToMel(SampleRate / 2);
        var edges = new double[bands + 2];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = MelToHz(topMel * i / (bands + 1));
        }

        return edges;
    }

    private static double HzToMel(double hz) =>
        hz < LogStartHz ? hz / LinearMelStep : LogStartMel + (Math.Log(hz / LogStartHz) / LogStep);

    private static double MelToHz(double mel) =>
        mel < LogStartMel ? mel * LinearMelStep : LogStartHz * Math.Exp(LogStep * (mel - LogStartMel));
}
