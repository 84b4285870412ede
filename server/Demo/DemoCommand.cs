namespace Hotspots.Demo;

/// <summary><c>./hotspots generate-demo</c>: rebuilds the synthetic demo data in gis-data/.</summary>
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
        var areas = DemoAreas.Build();
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
        File.WriteAllText(Path.Combine(options.Out, "README.md"), DemoReadme.Text(options), new System.Text.UTF8Encoding(false));

        output.WriteLine($"{options.Out}: {areas.Count} areas, {incidents} incidents, {premises} premises, " +
                         $"{businesses} risk businesses (seed {options.Seed})");
        return 0;
    }
}
