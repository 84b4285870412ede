using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Hotspots.Tests.Demo;

/// <summary>The Kirklees extract of Code-Point Open that gis-data ships, so postcode-only rows place themselves.</summary>
public class PostcodesTests(DemoFiles demo) : IClassFixture<DemoFiles>
{
    [Fact]
    public void Every_kirklees_postcode_of_the_hd_wf_and_bd_files_is_shipped()
    {
        // ../shared/gis/SOURCES.md counts 6,252 HD, 4,165 WF and 917 BD rows with Admin_district_code E08000034.
        Assert.Equal(11_334, demo.Postcodes.Rows.Count);
        Assert.All(demo.Postcodes.Column("admin_district_code"), code => Assert.Equal("E08000034", code));
        Assert.Equal(demo.Postcodes.Rows.Count, demo.Postcodes.Column("postcode").Distinct().Count());
        Assert.Contains(demo.Postcodes.Rows, r => r[0] == "HD1 1AA" && r[2] == "414541" && r[3] == "416892");
    }

    [Fact]
    public void Nearly_every_postcode_falls_inside_the_ward_it_names()
    {
        var wards = demo.Areas.Where(a => a.Kind == "ward").ToDictionary(a => a.Code, a => PreparedGeometryFactory.Prepare(a.Geometry));
        var inside = demo.Postcodes.Rows.Zip(demo.Postcodes.Points())
            .Count(r => wards[r.First[demo.Postcodes.Index("admin_ward_code")]].Covers(new Point(r.Second.Easting, r.Second.Northing)));
        // SOURCES.md measured 11,328 of 11,334 against the WGS84 wards; generalised boundaries miss a handful.
        Assert.InRange(inside, 11_300, 11_334);
    }
}
