using Hotspots.Imports;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports.Targets;

public sealed class PlaceCsvTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Premises_from_a_csv_by_grid_reference_lon_lat_or_postcode()
    {
        await db.Execute("INSERT INTO postcodes (postcode, location) VALUES ('HD1 2AB', ST_SetSRID(ST_MakePoint(414600, 416900), 27700))");
        const string text = """
            reference,address,postcode,use,easting,northing,longitude,latitude
            P1,1 Market St,,hmo,414541,416892,,
            P2,2 Market St,,residential,,,-1.7849,53.6458
            P3,3 Market St,hd12ab,commercial,,,,
            P4,4 Market St,ZZ9 9ZZ,commercial,,,,
            P5,,,hmo,414541,416892,,
            P6,6 Market St,,castle,414541,416892,,
            """;
        var summary = await Imports.Text(db, ImportKind.Premises, text);
        Assert.Equal((6, 3, 3), (summary.Read, summary.Imported, summary.Rejected));
        var reasons = summary.FirstProblems.ToDictionary(p => p.Line, p => p.Reason);
        Assert.Contains("postcode ZZ9 9ZZ is not in the postcodes table", reasons[5]);
        Assert.Equal("address is empty", reasons[6]);
        Assert.Contains("use 'castle' is not one of", reasons[7]);
        Assert.Equal("POINT(414600 416900)", await db.Scalar<string>("SELECT ST_AsText(location) FROM premises WHERE reference = 'P3'"));
    }

    [Fact]
    public async Task Risk_businesses_from_a_csv()
    {
        const string text = "reference,name,sector,address,postcode,easting,northing\nR1,Shiny Nails,nail_bar,5 King St,,414541,416892\nR2,Wash,car_wash,,,414541,416892\n";
        var summary = await Imports.Text(db, ImportKind.RiskBusinesses, text);
        Assert.Equal((2, 1, 1), (summary.Read, summary.Imported, summary.Rejected));
        Assert.Contains("sector 'car_wash' is not one of", summary.FirstProblems[0].Reason);
    }

    [Theory]
    [InlineData(ImportKind.Premises, "reference,name,use,easting,northing\nP1,x,hmo,1,2\n", "needs an 'address' column")]
    [InlineData(ImportKind.RiskBusinesses, "reference,name,sector,town\nR1,x,farm,Leeds\n", "needs easting and northing, longitude and latitude, or postcode")]
    public async Task A_places_csv_without_its_columns_is_refused_saying_which(ImportKind kind, string text, string message)
    {
        var refused = await Assert.ThrowsAsync<ImportRefused>(() => Imports.Text(db, kind, text));
        Assert.Contains(message, refused.Message);
        Assert.Contains("Columns found:", refused.Message);
    }

    [Fact]
    public async Task An_unknown_agency_is_refused_naming_the_agencies_we_know()
    {
        var refused = await Assert.ThrowsAsync<ImportRefused>(() => Imports.Text(db, ImportKind.Incidents,
            "reference,occurred_from,exploitation_type,easting,northing\nA1,2025-03-04,labour,414541,416892\n", o => o with { Agency = "mi5" }));
        Assert.Contains("Unknown agency 'mi5'", refused.Message);
        Assert.Contains("police", refused.Message);
    }
}
