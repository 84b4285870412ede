using Hotspots.Tests.Analysis.Runs;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Trend;

/// <summary>A cell's incidents step by step over time (incidentTrend), on the dated incidents of the analysis runs.</summary>
public sealed class IncidentTrendTests(DatedIncidentsFixture app) : IClassFixture<DatedIncidentsFixture>
{
    [Fact]
    public async Task A_cell_s_monthly_trend_counts_its_incidents_exactly_for_an_analyst_and_suppressed_for_a_partner()
    {
        const string query = """
            { incidentTrend(timeStep: MONTH, filter: { from: "2024-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z",
                boundingBox: { minX: 414500, minY: 416500, maxX: 414650, maxY: 416650, crs: BRITISH_NATIONAL_GRID } }) {
                step steps { start incidents { value display } } } }
            """;
        var expected = Enumerable.Range(0, 12).Select(m => app.Incidents.Count(p => p.Date == new DateOnly(2024, 1 + m, 10)
            && p.X is >= 414500 and <= 414650 && p.Y is >= 416500 and <= 416650)).ToList();
        using var analyst = await app.SignedIn("analyst.police");
        var steps = (await analyst.Data(query))["incidentTrend"]!["steps"]!.AsArray();
        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2024-{m:00}-01"), steps.Select(s => s!["start"]!.GetValue<string>()));
        Assert.Equal(expected, steps.Select(s => s!["incidents"]!["value"]!.GetValue<int>()));

        using var partner = await app.SignedIn("partner.health");
        var shown = (await partner.Data(query))["incidentTrend"]!["steps"]!.AsArray().Select(s => s!["incidents"]!["display"]!.GetValue<string>()).ToList();
        // The partner's first month is cells their map withholds: it adds nothing and says so.
        Assert.Equal("0 (+2 cells <5)", shown[0]);
        Assert.DoesNotContain(shown, d => int.TryParse(d, out var n) && n is > 0 and < 5);
    }
}
