namespace Hotspots.Analysis;

/// <summary>Global Moran's I at a series of increasing distance bands, and the band it points to.</summary>
public sealed record IncrementalAutocorrelation(MoranResult[] Series, int? PeakIndex, bool PeakIsSignificant)
{
    public const int Bands = 10;
    public const double SignificantZ = 1.65;

    /// <summary>Up to 10 bands from <paramref name="start"/> in steps of <paramref name="step"/>, none beyond <paramref name="cap"/>.</summary>
    public static IncrementalAutocorrelation Run(GridCounts counts, double start, double step, double cap)
    {
        var series = new List<MoranResult>();
        for (int b = 0; b < Bands; b++)
        {
            double band = start + b * step;
            if (band > cap) break;
            series.Add(MoransI.Compute(counts, band));
        }
        var (peak, significant) = ChoosePeak(series.Select(s => s.Z).ToArray());
        return new IncrementalAutocorrelation(series.ToArray(), peak, significant);
    }

    /// <summary>
    /// A peak is a band whose z is above both neighbours' (the first and last bands cannot be peaks).
    /// The first peak with z &gt; 1.65 wins; else the highest peak; null when there is none.
    /// </summary>
    public static (int? Peak, bool Significant) ChoosePeak(double[] z)
    {
        int? highest = null;
        for (int i = 1; i < z.Length - 1; i++)
        {
            if (!(z[i] > z[i - 1] && z[i] > z[i + 1])) continue;
            if (z[i] > SignificantZ) return (i, true);
            if (highest is null || z[i] > z[highest.Value]) highest = i;
        }
        return (highest, false);
    }
}
