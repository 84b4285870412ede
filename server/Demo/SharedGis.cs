namespace Hotspots.Demo;

/// <summary>
/// The project's folder of third-party boundary and postcode files (<c>../shared/gis</c> beside the repository).
/// Only the generator reads it; the product ships what the generator converts into gis-data/.
/// </summary>
internal static class SharedGis
{
    public const string WardsFile = "martinjc__UK-GeoJSON/json/electoral/eng/wards_by_lad/E08000034.json";
    public static readonly string[] CodePointFiles = ["hd.csv", "wf.csv", "bd.csv"];

    private static readonly Lazy<string> Found = new(Find);

    public static string Folder => Found.Value;

    public static string Path(string relative) => System.IO.Path.Combine(Folder, relative);

    public static string CodePoint(string file) => System.IO.Path.Combine(Folder, "open-postcode__codepoint/Data/CSV", file);

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("HOTSPOTS_SHARED_GIS") is { Length: > 0 } configured) return configured;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = System.IO.Path.Combine(folder.FullName, "shared", "gis");
                if (File.Exists(System.IO.Path.Combine(candidate, WardsFile))) return candidate;
            }
        throw new DirectoryNotFoundException(
            $"generate-demo needs the Kirklees wards and Code-Point Open in ../shared/gis ({WardsFile}); set HOTSPOTS_SHARED_GIS to that folder.");
    }
}
