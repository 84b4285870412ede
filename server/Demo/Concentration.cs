namespace Hotspots.Demo;

/// <summary>
/// A planted hotspot: incidents of one type tightly around a few sites, for an analyst to find.
/// </summary>
/// <param name="Share">Average fraction of all incidents.</param>
/// <param name="Trend">Multiplier on the share by position in the period, 0 (start) to 1 (end).</param>
internal sealed record Concentration(
    string Name, string ExploitationType, (double Easting, double Northing)[] Sites, double Spread,
    double Share, Func<double, double> Trend)
{
    public static readonly Concentration[] All =
    [
        new("Huddersfield centre nail bars and massage", "sexual",
            [(414450, 416650), (414750, 416400), (414300, 416350)], 120, 0.040, _ => 1),
        new("Dewsbury and Batley hand car washes", "labour",
            [(423900, 421150), (425150, 422000), (424850, 424550)], 60, 0.030, _ => 1),
        new("Batley and Heckmondwike residential cannabis grows", "cannabis_cultivation",
            [(423700, 424750), (421050, 424050), (422100, 423100)], 180, 0.030, _ => 1),
        // County lines: starts small and triples, so it reads as an intensifying hotspot.
        new("Dewsbury county lines", "child_criminal_exploitation",
            [(424300, 421750), (423700, 421300)], 220, 0.030, t => 0.4 + 1.6 * t),
        // Rural farm labour that enforcement disrupted: a quarter of the rate in the last year.
        new("Holme and Colne Valley farms", "labour",
            [(406300, 410400), (409200, 409300), (412000, 406900)], 150, 0.015, t => t < 2.0 / 3 ? 1.15 : 0.3),
    ];

    public double ShareAt(double t) => Share * Trend(t);
}
