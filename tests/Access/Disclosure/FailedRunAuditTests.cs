using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>Every runAnalysis attempt is audited with the request's filter, including those refused, and why they were.</summary>
public sealed class FailedRunAuditTests(DisclosureReadsFixture app) : IClassFixture<DisclosureReadsFixture>
{
    private const string Run = "mutation($b: BoundingBox) { runAnalysis(request: { method: DBSCAN, eps: 50, minPoints: 2, filter: { boundingBox: $b } }) { id } }";

    private static object Box(double e, double n) => new { b = new { minX = e - 40, minY = n - 40, maxX = e + 40, maxY = n + 40, crs = "BRITISH_NATIONAL_GRID" } };

    [Fact]
    public async Task Probing_with_narrow_runs_that_are_refused_leaves_each_attempt_in_the_audit_log()
    {
        // Attack: a partner narrows runAnalysis to tiny boxes round a health record's address, reading "no incidents" or a run as yes or no, with no trace of the refused probes.
        using var partner = await app.SignedIn("partner.housing");
        var (_, refused) = await partner.Post(Run, Box(418250, 419250));
        Assert.StartsWith("No incidents you may see match the filter", refused.FirstError());
        var (_, hexagons) = await partner.Post("mutation { runAnalysis(request: { method: DBSCAN, grid: HEXAGON }) { id } }");
        Assert.StartsWith("Hexagons are offered for GI_STAR only", hexagons.FirstError());
        var ran = (await partner.Data(Run, Box(414740, 416550)))["runAnalysis"]!["id"]!.GetValue<string>();

        var attempts = await app.Audited("partner.housing", "run analysis refused");
        Assert.Equal(2, attempts.Count);
        Assert.StartsWith("No incidents you may see match the filter", attempts[0].Reason);
        Assert.Equal(418210, attempts[0].Detail!["filter"]!["BoundingBox"]!["MinX"]!.GetValue<double>());
        Assert.Equal("dbscan", attempts[0].Detail!["method"]!.GetValue<string>());
        Assert.StartsWith("Hexagons are offered for GI_STAR only", attempts[1].Reason);
        var run = Assert.Single(await app.Audited("partner.housing", "run analysis"));
        Assert.Equal($"analysis:{ran}", run.Subject);
        Assert.Equal(414700, run.Detail!["filter"]!["BoundingBox"]!["MinX"]!.GetValue<double>());
    }
}
