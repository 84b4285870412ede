using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.CaseStudies;

/// <summary>What worked: closed plans found by words and by sector, exploitation, triangle side and outcome — only by their groups' members.</summary>
public sealed class CaseStudyTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    private const string Query = """
        query($search: String, $sector: BusinessSector, $type: ExploitationType, $side: TriangleSide, $outcome: PlanOutcome) {
          caseStudies(search: $search, sector: $sector, exploitationType: $type, triangleSide: $side, outcome: $outcome) {
            title sector exploitationType triangleSide outcome responses }
        }
        """;

    private async Task<string> ClosedPlan(HttpClient client, string groupId, string title, object details, bool close = true)
    {
        var plan = await app.CreatePlan(client, groupId, title, details);
        var (id, version) = (plan["id"]!.GetValue<string>(), plan["version"]!.GetValue<int>());
        foreach (var status in close ? new[] { "ANALYSE", "RESPOND", "ASSESS", "CLOSED" } : [])
            version = (await client.Data($"mutation {{ updatePlan(id: {id}, version: {version}, changes: {{ status: {status} }}) {{ version }} }}"))
                ["updatePlan"]!["version"]!.GetValue<int>();
        return id;
    }

    private static string[] Titles(JsonNode data) =>
        data["caseStudies"]!.AsArray().Select(s => s!["title"]!.GetValue<string>()).Order().ToArray();

    [Fact]
    public async Task Closed_plans_are_found_by_words_and_by_what_they_were_about_by_members_only()
    {
        var groupId = await app.CreateGroup("Case studies");
        using var police = await app.SignedIn("analyst.police");
        await ClosedPlan(police, groupId, "Car wash labour", new
        {
            sector = "HAND_CAR_WASH", exploitationType = "LABOUR", triangleSide = "PLACE", outcome = "REDUCED",
            responses = "Joint licensing visits with HMRC and the GLAA",
        });
        await ClosedPlan(police, groupId, "Nail bar workers", new
        {
            sector = "NAIL_BAR", exploitationType = "LABOUR", triangleSide = "VICTIM", outcome = "NO_CHANGE", responses = "Outreach leaflets",
        });
        await ClosedPlan(police, groupId, "Still running", new { sector = "NAIL_BAR", exploitationType = "LABOUR" }, close: false);

        Assert.Equal(["Car wash labour", "Nail bar workers"], Titles(await police.Data(Query, new { })));
        Assert.Equal(["Car wash labour"], Titles(await police.Data(Query, new { search = "glaa" })));
        Assert.Equal(["Nail bar workers"], Titles(await police.Data(Query, new { sector = "NAIL_BAR" })));
        Assert.Equal(["Car wash labour", "Nail bar workers"], Titles(await police.Data(Query, new { type = "LABOUR" })));
        Assert.Equal(["Car wash labour"], Titles(await police.Data(Query, new { type = "LABOUR", side = "PLACE", outcome = "REDUCED" })));
        Assert.Empty(Titles(await police.Data(Query, new { search = "100%" })));
        var study = (await police.Data(Query, new { search = "Car wash" }))["caseStudies"]![0]!;
        Assert.Equal("HAND_CAR_WASH", study["sector"]!.GetValue<string>());
        Assert.Equal("Joint licensing visits with HMRC and the GLAA", study["responses"]!.GetValue<string>());

        using var health = await app.SignedIn("partner.health");
        Assert.Empty(Titles(await health.Data(Query, new { })));
        using var admin = await app.SignedIn("admin.council");
        Assert.Equal(["Car wash labour", "Nail bar workers"], Titles(await admin.Data(Query, new { })));
    }

    [Fact]
    public async Task An_unknown_outcome_is_a_clear_error()
    {
        using var police = await app.SignedIn("analyst.police");
        var (_, body) = await police.Post(Query, new { outcome = "SUCCESS" });
        Assert.Contains("SUCCESS", body["errors"]![0]!["message"]!.GetValue<string>());
    }
}
