using System.Globalization;
using Hotspots.Demo;

namespace Hotspots.Tests.Demo;

/// <summary>The planted patterns an analyst, or Getis-Ord Gi*, should find.</summary>
public class ConcentrationTests(DemoFiles demo) : IClassFixture<DemoFiles>
{
    private CsvTable Incidents => demo.Incidents;

    [Fact]
    public void Sexual_exploitation_is_five_times_denser_in_huddersfield_centre()
    {
        var huddersfield = Kirklees.Town("Huddersfield");
        var sexual = Of("sexual").ToList();
        var near = sexual.Count(i => huddersfield.DistanceTo(i.Easting, i.Northing) <= 500);
        var centreDensity = near / (Math.PI * 500 * 500);
        var districtDensity = sexual.Count / demo.District.Geometry.Area;
        Assert.True(centreDensity >= 5 * districtDensity, $"{centreDensity / districtDensity:F1}x the district average");
    }

    [Fact]
    public void Dewsbury_child_criminal_exploitation_rises_year_on_year()
    {
        // On the shipped 20,000 incidents: the 2,000-incident sample holds about 75 near Dewsbury, too few for every year to
        // beat the last (seed 2015 on the real outline drew 15, 35, 26; the shipped file has 196, 287, 412).
        var dewsbury = Kirklees.Town("Dewsbury");
        var shipped = CsvTable.Read(Path.Combine(Shipped(), "incidents.csv"));
        var perYear = Of(shipped, "child_criminal_exploitation")
            .Where(i => dewsbury.DistanceTo(i.Easting, i.Northing) <= 1500)
            .GroupBy(i => DemoPeriod.YearOf(i.Date)).OrderBy(g => g.Key).Select(g => g.Count()).ToList();
        Assert.Equal(3, perYear.Count);
        Assert.True(perYear[0] < perYear[1] && perYear[1] < perYear[2], string.Join(", ", perYear));
    }

    [Fact]
    public void Rural_labour_around_holmfirth_and_marsden_falls_in_the_last_year()
    {
        var farms = Concentration.All.Single(c => c.Name == "Holme and Colne Valley farms").Sites;
        var perYear = Of("labour")
            .Where(i => farms.Any(f => Math.Sqrt(Math.Pow(i.Easting - f.Easting, 2) + Math.Pow(i.Northing - f.Northing, 2)) <= 500))
            .GroupBy(i => DemoPeriod.YearOf(i.Date)).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(perYear[2] * 2 < perYear[0], $"{perYear[0]} then {perYear[2]}");
    }

    [Fact]
    public void Organ_harvesting_is_very_rare()
    {
        Assert.True(Incidents.Column("exploitation_type").Count(t => t == "organ_harvesting") <= Incidents.Rows.Count / 500);
    }

    private IEnumerable<(DateOnly Date, double Easting, double Northing)> Of(string type) => Of(Incidents, type);

    private static IEnumerable<(DateOnly Date, double Easting, double Northing)> Of(CsvTable incidents, string type) =>
        incidents.Rows.Where(r => r[incidents.Index("exploitation_type")] == type).Select(r => (
            DateOnly.ParseExact(r[incidents.Index("occurred_from")][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            double.Parse(r[incidents.Index("easting")], CultureInfo.InvariantCulture),
            double.Parse(r[incidents.Index("northing")], CultureInfo.InvariantCulture)));

    private static string Shipped()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Hotspots.sln"))) folder = folder.Parent!;
        return Path.Combine(folder.FullName, "gis-data");
    }
}
