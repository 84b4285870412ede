namespace Hotspots.Incidents;

/// <summary>
/// A count as someone without full access may see it: below the threshold it is withheld ("&lt;5"), and above it is
/// rounded to the nearest 5, so that comparing overlapping queries cannot reveal a small number.
/// </summary>
public sealed record SuppressedCount(long? Value, string Display)
{
    public static SuppressedCount Of(long count, int suppressBelow)
    {
        if (count == 0) return new SuppressedCount(0, "0");
        if (count < suppressBelow) return new SuppressedCount(null, $"<{suppressBelow}");
        var rounded = (long)Math.Round(count / 5.0, MidpointRounding.AwayFromZero) * 5;
        return new SuppressedCount(rounded, rounded.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
    }

    public static SuppressedCount Exact(long count) =>
        new(count, count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
}
