using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.Assessment;

public sealed class AssessmentTests(AssessmentFixture app) : IClassFixture<AssessmentFixture>
{
    private const string Fields = """
        period { beforeFrom responseStart afterTo } bufferMetres suppressed grossChangePercent
        target { before { value display } after { value display } } buffer { before { value } after { value } } control { before { value } after { value } }
        wdq { value problem } tne { value problem } interpretation
        """;

    private async Task<(HttpClient Police, string PlanId)> Plan()
    {
        var groupId = await app.CreateGroup();
        var police = await app.SignedIn("analyst.police");
        var plan = await app.CreatePlan(police, groupId, details: new { responseStartedOn = AssessmentFixture.ResponseStart });
        return (police, plan["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_worked_WDQ_and_TNE_values_of_the_spec_come_out_end_to_end()
    {
        var (police, planId) = await Plan();
        var a = (await police.Data($"{{ assessPlan(planId: {planId}, periodDays: 100) {{ {Fields} }} }}"))["assessPlan"]!;
        Assert.Equal("2025-02-21", a["period"]!["beforeFrom"]!.GetValue<string>());
        Assert.False(a["suppressed"]!.GetValue<bool>());
        Assert.Equal([120, 80, 60, 55, 400, 390], new[] { "target", "buffer", "control" }
            .SelectMany(r => new[] { a[r]!["before"]!["value"]!.GetValue<int>(), a[r]!["after"]!["value"]!.GetValue<int>() }));
        // WDQ and TNE after Bowers & Johnson (2003) for these counts: the worked example of the analysis spec, by hand.
        Assert.Equal(0.094595, a["wdq"]!["value"]!.GetValue<double>(), 6);
        Assert.Equal(40.5, a["tne"]!["value"]!.GetValue<double>(), 9);
        Assert.Equal(-33.333333, a["grossChangePercent"]!.GetValue<double>(), 5);
        var words = string.Join(" ", a["interpretation"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Contains("diffusion of benefit", words);
        Assert.Contains("40.5 fewer incidents", words);
    }

    [Fact]
    public async Task A_partner_gets_what_their_map_counts_and_is_told_so()
    {
        var (_, planId) = await Plan();
        using var housing = await app.SignedIn("partner.housing");
        var a = (await housing.Data($"{{ assessPlan(planId: {planId}, periodDays: 100) {{ {Fields} }} }}"))["assessPlan"]!;
        Assert.True(a["suppressed"]!.GetValue<bool>());
        // The target is the plan's one area: its counts are the partner's map of that area over each period.
        var mapped = new List<int>();
        foreach (var (from, to) in new[] { ("2025-02-21T00:00:00Z", "2025-06-01T00:00:00Z"), ("2025-06-01T00:00:00Z", "2025-09-09T00:00:00Z") })
        {
            var map = (await housing.Data("query($f: IncidentFilter) { incidentMap(filter: $f) { fullRecords generalisedRecords { value } } }",
                new { f = new { areaId = app.HotspotAreaId.ToString(), from, to } }))["incidentMap"]!;
            mapped.Add(map["fullRecords"]!.GetValue<int>() + map["generalisedRecords"]!["value"]!.GetValue<int>());
        }
        Assert.Equal(mapped, [Count(a["target"]!["before"]!), Count(a["target"]!["after"]!)]);
        Assert.True(mapped[0] < 120, "120 incidents over 49 cells leave most cells under 5, withheld and left out");
        Assert.Contains("counted in 100 m cells", a["interpretation"]![0]!.GetValue<string>());
    }

    /// <summary>A shown figure's number; a figure of withheld cells alone adds nothing.</summary>
    private static int Count(JsonNode figure) => figure["value"]?.GetValue<int>() ?? 0;

    [Fact]
    public async Task Zero_counts_are_reported_not_divided_and_a_missing_start_is_explained()
    {
        var (police, planId) = await Plan();
        var empty = (await police.Data($"{{ assessPlan(planId: {planId}, responseStart: \"2020-01-01\", periodDays: 30) {{ {Fields} }} }}"))["assessPlan"]!;
        Assert.Null(empty["wdq"]!["value"]);
        Assert.Contains("C_b = 0", empty["wdq"]!["problem"]!.GetValue<string>());
        Assert.Null(empty["grossChangePercent"]);

        var groupId = await app.CreateGroup("No start");
        var other = (await app.CreatePlan(police, groupId))["id"]!.GetValue<string>();
        var (_, body) = await police.Post($"{{ assessPlan(planId: {other}) {{ wdq {{ value }} }} }}");
        Assert.Contains("responseStartedOn", body.FirstError());
    }
}
