using System.Text;
using Hotspots.Imports;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports.Sources;

public sealed class FormatTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static FormatTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Windows_1252_is_detected_and_read_as_such()
    {
        var text = "reference;occurred_from;exploitation_type;easting;northing;intelligence_grade\nW1;2025-03-04;labour;414541;416892;Café £5 – ok\n";
        var summary = await Imports.Text(db, ImportKind.Incidents, text, encoding: Encoding.GetEncoding(1252));
        Assert.Equal(1, summary.Imported);
        Assert.Contains(summary.Notes, n => n.Contains("not valid UTF-8") && n.Contains("Windows-1252"));
        Assert.Contains(summary.Notes, n => n.Contains("semicolons"));
        Assert.Equal("Café £5 – ok", await db.Scalar<string>("SELECT intelligence_grade FROM incidents WHERE source_reference = 'W1'"));
    }

    [Fact]
    public async Task A_byte_order_mark_and_tabs_are_read()
    {
        var text = "reference\toccurred_from\texploitation_type\teasting\tnortinghm\tnorthing\nU1\t2025-03-04\tlabour\t414541\tx\t416892\n";
        var summary = await Imports.Text(db, ImportKind.Incidents, text, encoding: new UTF8Encoding(true));
        Assert.Equal(1, summary.Imported);
        Assert.DoesNotContain(summary.Notes, n => n.Contains("UTF-8"));
        Assert.Contains(summary.Notes, n => n.Contains("tabs"));
    }

    [Fact]
    public async Task Police_uk_street_level_months_and_missing_crime_ids()
    {
        const string text = """
            Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context
            abc123,2024-06,West Yorkshire Police,West Yorkshire Police,-1.784866,53.645792,On or near Market Street,E01011234,Kirklees 030A,Other crime,Under investigation,
            ,2024-06,West Yorkshire Police,West Yorkshire Police,-1.784866,53.645792,On or near Market Street,E01011234,Kirklees 030A,Anti-social behaviour,,
            ,2024-06,West Yorkshire Police,West Yorkshire Police,-1.784866,53.645792,On or near Market Street,E01011234,Kirklees 030A,Anti-social behaviour,,
            def456,2024-06,West Yorkshire Police,West Yorkshire Police,,,No location,,,Other crime,Under investigation,
            """;
        var summary = await Imports.Text(db, ImportKind.PoliceUk, text);
        Assert.Equal((4, 3, 1), (summary.Read, summary.Imported, summary.Rejected));
        Assert.Equal("street", await db.Scalar<string>("SELECT location_precision FROM incidents WHERE source_reference = 'abc123'"));
        Assert.Equal("2024-06-30 23:59:59.999999+01", await db.Scalar<string>(
            "SELECT to_char(occurred_to AT TIME ZONE 'Europe/London', 'YYYY-MM-DD HH24:MI:SS.US') || '+01' FROM incidents WHERE source_reference = 'abc123'"));
        Assert.Equal(2L, await db.Scalar<long>("SELECT count(DISTINCT source_reference) FROM incidents WHERE source_reference LIKE 'sha256:%'"));
    }

    [Fact]
    public async Task Lon_lat_become_the_same_grid_point_as_PostGIS_gives()
    {
        var (e, n) = Grid.FromLongitudeLatitude(-1.784866, 53.645792);
        var distance = await db.Scalar<double>(
            "SELECT ST_Distance(ST_Transform(ST_SetSRID(ST_MakePoint(-1.784866, 53.645792), 4326), 27700), ST_SetSRID(ST_MakePoint($1, $2), 27700))", e, n);
        Assert.True(distance < 5, $"ProjNET and PostGIS differ by {distance:0.0} m");
    }

    private const string Bowtie = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:27700"}},"features":[
         {"type":"Feature","properties":{"code":"S1","name":"Square"},"geometry":{"type":"Polygon","coordinates":[[[414000,416000],[415000,416000],[415000,417000],[414000,417000],[414000,416000]]]}},
         {"type":"Feature","properties":{"code":"B1","name":"Bowtie"},"geometry":{"type":"Polygon","coordinates":[[[414000,416000],[415000,417000],[415000,416000],[414000,417000],[414000,416000]]]}},
         {"type":"Feature","properties":{"code":"N1"},"geometry":{"type":"Polygon","coordinates":[[[414000,416000],[415000,416000],[415000,417000],[414000,416000]]]}}
        ]}
        """;

    [Fact]
    public async Task A_self_intersecting_polygon_is_reported_where_it_crosses_and_repaired_only_when_asked()
    {
        var summary = await Imports.Text(db, ImportKind.Areas, Bowtie, o => o with { AreaKind = "custom" });
        Assert.Equal((1, 2), (summary.Imported, summary.Rejected));
        Assert.Contains("Self-intersection[414500 416500]", summary.FirstProblems[0].Reason);
        Assert.Contains("'name'", summary.FirstProblems[1].Reason);
        var repaired = await Imports.Text(db, ImportKind.Areas, Bowtie.Replace("S1", "S2"), o => o with { AreaKind = "custom", Repair = true });
        Assert.Equal(1, repaired.Duplicates + repaired.Imported - 1);
        Assert.True(await db.Scalar<bool>("SELECT ST_IsValid(boundary) FROM areas WHERE code = 'B1'"));
    }

    [Fact]
    public async Task An_unknown_crs_is_refused()
    {
        var refused = await Assert.ThrowsAsync<ImportRefused>(() => Imports.Text(db, ImportKind.Areas, Bowtie.Replace("EPSG:27700", "EPSG:3857")));
        Assert.Contains("Unknown CRS 'EPSG:3857'", refused.Message);
    }
}
