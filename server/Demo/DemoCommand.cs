namespace Hotspots.Demo;

/// <summary><c>./hotspots generate-demo</c>: rebuilds gis-data/: the real Kirklees wards and postcodes, converted from ../shared/gis, and the synthetic demo records.</summary>
public static class DemoCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["--help" or "-h"])
        {
            output.WriteLine(DemoOptions.Usage);
            return 0;
        }
        var options = DemoOptions.Parse(args, error);
        if (options is null) return 2;

        Directory.CreateDirectory(options.Out);
        IReadOnlyList<DemoArea> areas;
        try { areas = DemoAreas.All; }
        catch (DirectoryNotFoundException missing)
        {
            error.WriteLine($"generate-demo: {missing.Message}");
            return 1;
        }
        using (var geojson = new StreamWriter(Path.Combine(options.Out, "areas.geojson"), false, new System.Text.UTF8Encoding(false)))
        {
            geojson.NewLine = "\n";
            AreasGeoJson.Write(geojson, areas);
        }
        var incidents = IncidentsCsv.Write(Path.Combine(options.Out, "incidents.csv"),
            IncidentGenerator.Generate(options.Seed, options.Incidents));
        var premises = DemoPremises.Write(Path.Combine(options.Out, "premises.csv"), DemoPremises.Generate(options.Seed + 1));
        var businesses = RiskBusinessesCsv.Write(Path.Combine(options.Out, "risk-businesses.csv"),
            RiskBusiness.Generate(options.Seed + 2));
        var postcodes = KirkleesPostcodes.Write(Path.Combine(options.Out, "postcodes.csv"));
        File.WriteAllText(Path.Combine(options.Out, "README.md"), DemoReadme.Text(options), new System.Text.UTF8Encoding(false));

        output.WriteLine($"{options.Out}: {areas.Count} areas, {incidents} incidents, {premises} premises, " +
                         $"{businesses} risk businesses, " +
                         $"{postcodes} postcodes (seed {options.Seed})");
        return 0;
    }
}
