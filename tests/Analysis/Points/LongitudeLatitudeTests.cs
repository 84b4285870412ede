using System.Globalization;
using Hotspots.Analysis;
using Hotspots.Tests.Analysis.Cli;
using Hotspots.Tests.Imports;

namespace Hotspots.Tests.Analysis.Points;

public class LongitudeLatitudeTests
{
    [Fact]
    public void A_known_point_projects_within_a_few_metres()
    {
        // Source: Ordnance Survey OSTN02 worked example — ETRS89 51.297880 N, 1.072628 E is grid 614300, 159900
        // (TR143599). The Helmert shift (no OSTN grid) is good to a few metres.
        var (e, n) = BritishNationalGrid.FromWgs84(1.072628, 51.297880);
        Assert.InRange(e, 614300 - 5, 614300 + 5);
        Assert.InRange(n, 159900 - 5, 159900 + 5);
    }

    [Fact]
    public void Longitude_latitude_input_is_projected_to_british_national_grid()
    {
        using var run = new CliRun();
        string input = run.Write("ll.csv", "id,longitude,latitude\na,1.072628,51.297880\nb,1.08,51.30\nc,1.06,51.29\nd,200,51\n");
        run.Run("dbscan", "--input", input, "--eps", "10", "--min-points", "1", "--output", run.File("c.csv"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ll.csv:5: left out: longitude/latitude is out of range", run.Error);
        var table = IncidentCsv.Read(input, false);
        Assert.InRange(table.Points.X[0], 614295, 614305);
    }

    private const string CodePointHuddersfield = "open-postcode__codepoint/Data/CSV/hd.csv";

    // Code-Point Open is read where it is; it is not copied into the repository.
    [GisFact(CodePointHuddersfield)]
    public void Code_point_postcodes_round_trip_when_the_file_is_present()
    {
        foreach (var line in File.ReadLines(SharedGis.File(CodePointHuddersfield)).Take(50))
        {
            var f = line.Split(',');
            double e = double.Parse(f[2], CultureInfo.InvariantCulture), n = double.Parse(f[3], CultureInfo.InvariantCulture);
            var (lon, lat) = BritishNationalGrid.ToWgs84(e, n);
            Assert.InRange(lat, 53.4, 53.8);
            Assert.InRange(lon, -2.1, -1.6);
            var (e2, n2) = BritishNationalGrid.FromWgs84(lon, lat);
            Assert.Equal(e, e2, 0.01);
            Assert.Equal(n, n2, 0.01);
        }
    }
}
