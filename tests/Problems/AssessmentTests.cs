using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems;

public sealed class AssessmentTests(AssessmentFixture app) : IClassFixture<AssessmentFixture>
{
    private const string Fields = """
        period { beforeFrom responseStart afterTo } bufferMetres suppressed grossChangePercent
        target { before { value display } after { value } } buffer { before { value } after { value } } control { before { value } after { value } }
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
        // analysis-spec.md, Worked values: WDQ = 0.094595, TNE = 40.5.
        Assert.Equal(0.094595, a["wdq"]!["value"]!.GetValue<double>(), 6);
        Assert.Equal(40.5, a["tne"]!["value"]!.GetValue<double>(), 9);
        Assert.Equal(-33.333333, a["grossChangePercent"]!.GetValue<double>(), 5);
        var words = string.Join(" ", a["interpretation"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Contains("diffusion of benefit", words);
        Assert.Contains("40.5 fewer incidents", words);
    }

    [Fact]
    public async Task A_partner_gets_suppressed_counts_and_says_so()
    {
        var (_, planId) = await Plan();
        using var housing = await app.SignedIn("partner.housing");
        var a = (await housing.Data($"{{ assessPlan(planId: {planId}, periodDays: 100) {{ {Fields} }} }}"))["assessPlan"]!;
        Assert.True(a["suppressed"]!.GetValue<bool>());
        Assert.Equal("120", a["target"]!["before"]!["display"]!.GetValue<string>());
        Assert.Contains("rounded to 5", a["interpretation"]![0]!.GetValue<string>());
    }

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
