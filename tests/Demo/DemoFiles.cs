using Hotspots.Demo;

namespace Hotspots.Tests.Demo;

/// <summary>One small generated demo folder, shared by the tests that only read it.</summary>
public sealed class DemoFiles : IDisposable
{
    public const int IncidentCount = 2000;

    public DemoFiles()
    {
        Folder = Generate(Path.Combine(Path.GetTempPath(), $"hotspots-demo-{Guid.NewGuid():N}"), IncidentCount);
        Areas = GeoJsonArea.Read(Path.Combine(Folder, "areas.geojson"));
        Incidents = CsvTable.Read(Path.Combine(Folder, "incidents.csv"));
        Premises = CsvTable.Read(Path.Combine(Folder, "premises.csv"));
        Businesses = CsvTable.Read(Path.Combine(Folder, "risk-businesses.csv"));
        Postcodes = CsvTable.Read(Path.Combine(Folder, "postcodes.csv"));
    }

    public string Folder { get; }
    internal List<GeoJsonArea> Areas { get; }
    internal CsvTable Incidents { get; }
    internal CsvTable Premises { get; }
    internal CsvTable Businesses { get; }
    internal CsvTable Postcodes { get; }

    internal GeoJsonArea District => Areas.Single(a => a.Kind == "district");

    public static string Generate(string folder, int incidents, int seed = DemoOptions.DefaultSeed)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["--out", folder, "--seed", $"{seed}", "--incidents", $"{incidents}"];
        Assert.True(DemoCommand.Run(args, output, error) == 0, error.ToString());
        return folder;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
