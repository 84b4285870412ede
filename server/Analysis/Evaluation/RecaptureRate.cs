namespace Hotspots.Analysis;

/// <summary>Recapture Rate Index, Levine's variant (CrimeStat).</summary>
public static class RecaptureRate
{
    public const string Variant = "RRI (Levine, CrimeStat): (n2/n1)/(N2/N1)";

    /// <summary>
    /// RRI = (n₂/n₁)/(N₂/N₁): n₁, n₂ incidents inside the hotspots in the first and second period,
    /// N₁, N₂ incidents in the whole area in those periods.
    /// </summary>
    public static Measure Index(double hotspotFirst, double allFirst, double hotspotSecond, double allSecond)
    {
        if (hotspotFirst == 0) return Measure.NotComputed(Variant, "No incidents fell in the hotspots in the first period (n1 = 0), so RRI is undefined.");
        if (allFirst == 0) return Measure.NotComputed(Variant, "There were no incidents in the first period (N1 = 0), so RRI is undefined.");
        if (allSecond == 0) return Measure.NotComputed(Variant, "There were no incidents in the second period (N2 = 0), so RRI is undefined.");
        return Measure.Of(Variant, hotspotSecond / hotspotFirst / (allSecond / allFirst));
    }
}
