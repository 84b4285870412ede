using Hotspots.Demo;

namespace Hotspots.Tests.Demo;

public class PlacesTests(DemoFiles demo) : IClassFixture<DemoFiles>
{
    [Fact]
    public void About_five_hundred_premises_and_three_hundred_risk_businesses()
    {
        Assert.Equal(["reference", "address", "postcode", "use", "easting", "northing"], demo.Premises.Header);
        Assert.Equal(["reference", "name", "sector", "address", "postcode", "easting", "northing"], demo.Businesses.Header);
        Assert.InRange(demo.Premises.Rows.Count, 450, 550);
        Assert.InRange(demo.Businesses.Rows.Count, 270, 330);
    }

    [Fact]
    public void Uses_and_sectors_come_from_the_allowed_lists()
    {
        Assert.All(demo.Premises.Column("use"), u => Assert.Contains(u, DemoPremises.Uses));
        Assert.All(demo.Businesses.Column("sector"), s => Assert.Contains(s, RiskBusiness.Sectors));
    }

    [Fact]
    public void Postcodes_are_shaped_for_kirklees_districts()
    {
        const string shape = @"^(HD[1-9]|WF1[2-7]|BD19) [1-9][A-Z]{2}$";
        Assert.All(demo.Premises.Column("postcode").Concat(demo.Businesses.Column("postcode")), p => Assert.Matches(shape, p));
    }

    [Fact]
    public void References_are_unique()
    {
        Assert.Equal(demo.Premises.Rows.Count, demo.Premises.Column("reference").Distinct().Count());
        Assert.Equal(demo.Businesses.Rows.Count, demo.Businesses.Column("reference").Distinct().Count());
    }

    [Fact]
    public void Every_place_is_inside_the_district()
    {
        Assertions.AllInside(demo.District, demo.Premises);
        Assertions.AllInside(demo.District, demo.Businesses);
    }

    [Fact]
    public void Farms_are_away_from_town_centres()
    {
        var farms = demo.Businesses.Points().Where((_, i) => demo.Businesses.Rows[i][demo.Businesses.Index("sector")] == "farm");
        var closest = farms.Select(p => Kirklees.Towns.Min(t => t.DistanceTo(p.Easting, p.Northing)));
        Assert.All(closest, d => Assert.True(d > 1000, $"a farm {d:F0} m from a town centre"));
    }
}
