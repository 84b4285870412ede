using Hotspots.Imports;
using Hotspots.Tests.Visits;

namespace Hotspots.Tests.Demo;

/// <summary>A fresh install loads the shipped gis-data/: real wards, the district, and the postcodes.</summary>
public sealed class DemoLoaderTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task The_district_is_the_real_kirklees_and_its_23_wards()
    {
        Assert.Equal(23, await app.Scalar<long>("SELECT count(*) FROM areas WHERE kind = 'ward'"));
        var km2 = await app.Scalar<double>("SELECT ST_Area(boundary) / 1e6 FROM areas WHERE kind = 'district'");
        Assert.Equal(408.6, km2, 0.5);
    }

    [Fact]
    public async Task A_postcode_only_row_places_itself_on_a_fresh_install()
    {
        Assert.Equal(11_334, await app.Scalar<long>("SELECT count(*) FROM postcodes"));
        const string text = "reference,address,postcode,use\nFRESH-1,1 Market St,hd1 1aa,commercial\n";
        var summary = await Hotspots.Tests.Imports.Imports.Text(app, ImportKind.Premises, text);
        Assert.Equal((1, 1), (summary.Read, summary.Imported));
        // Code-Point Open puts HD1 1AA at 414541, 416892.
        Assert.Equal("POINT(414541 416892)", await app.Scalar<string>("SELECT ST_AsText(location) FROM premises WHERE reference = 'FRESH-1'"));
    }
}
