namespace Hotspots.Imports;

/// <summary>The two coordinate systems we read, recognised from a .prj (WKT) or an EPSG code; anything else is refused.</summary>
public static class CoordinateSystems
{
    public static int FromPrj(string wkt, string fileName)
    {
        var text = wkt.Replace(" ", "").ToUpperInvariant();
        if (text.Contains("BRITISH_NATIONAL_GRID") || text.Contains("OSGB_1936") || text.Contains("OSGB1936") || text.Contains("\"27700\""))
            return 27700;
        if (!text.StartsWith("PROJCS") && (text.Contains("WGS_1984") || text.Contains("WGS84") || text.Contains("\"4326\"")))
            return 4326;
        var name = wkt.Split('"') is { Length: > 1 } parts ? parts[1] : wkt[..Math.Min(60, wkt.Length)];
        throw new ImportRefused($"{fileName} says the coordinate system is '{name}', which we do not read: " +
            "save the layer in British National Grid (EPSG:27700) or WGS84 (EPSG:4326).");
    }

    public static int FromEpsg(long code, string layer) => code switch
    {
        27700 => 27700,
        4326 => 4326,
        _ => throw new ImportRefused($"Layer '{layer}' is in EPSG:{code}, which we do not read: save it in British National Grid (EPSG:27700) or WGS84 (EPSG:4326)."),
    };
}
