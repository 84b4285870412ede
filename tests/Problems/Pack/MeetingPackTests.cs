using Hotspots.Tests.Api;
using System.Net;

namespace Hotspots.Tests.Problems.Pack;

/// <summary>The meeting pack: classified, with the map picture, plans, actions, annotations and minutes; members only; audited.</summary>
public sealed class MeetingPackTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    [Fact]
    public async Task A_member_s_pack_carries_the_banner_the_map_the_plan_its_actions_annotations_and_decisions()
    {
        var groupId = await app.CreateGroup("Bus station");
        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, groupId, "Girls moved through the bus station",
            new { classification = "OFFICIAL_SENSITIVE", hypothesis = "Two drivers recruit at the kiosk" }))["id"]!.GetValue<string>();
        await police.Data($$"""
            mutation { assignAction(planId: {{planId}}, what: "CCTV review with the bus company", owningAgency: "police", owner: "analyst.police",
                dueOn: "{{ProblemsFixture.Day(10)}}", objective: PARTNERSHIP_PROBLEM_SOLVING) { id } }
            """);
        var pin = await app.PointAt(414250, 416750);
        await police.Data("mutation($planId: ID!, $pin: GeoJSON!) { annotate(planId: $planId, pin: $pin, text: \"Kiosk by stand 4\") { id } }", new { planId, pin });
        using var chair = await app.SignedIn("chair.council");
        await chair.Data("""
            mutation($groupId: ID!) { recordMeeting(groupId: $groupId, heldAt: "2026-11-20T10:00:00Z", attendees: ["chair.council", "analyst.police"],
                minutes: "Reviewed the kiosk", decisions: ["Ask the bus company for footage"]) { id } }
            """, new { groupId });

        using var housing = await app.SignedIn("partner.housing");
        using var response = await housing.GetAsync($"/problems/groups/{groupId}/pack");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OFFICIAL-SENSITIVE", response.Headers.GetValues("X-Classification").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(2, html.Split("<div class=\"banner").Length - 1);
        Assert.Contains("<div class=\"banner top\">OFFICIAL-SENSITIVE</div>", html);
        // The 1 km hotspot square with a 50 m margin, in metres on the National Grid, north up.
        Assert.Contains("viewBox=\"413950 -417050 1100 1100\"", html);
        Assert.Contains("<path class=\"area\" d=\"M 414000 -416000", html);
        Assert.Contains("<circle class=\"pin\" cx=\"414250\" cy=\"-416750\"", html);
        Assert.Contains("Girls moved through the bus station", html);
        Assert.Contains("Two drivers recruit at the kiosk", html);
        Assert.Contains("CCTV review with the bus company", html);
        Assert.Contains("<li value=\"1\">Kiosk by stand 4", html);
        Assert.Contains("Ask the bus company for footage", html);
        Assert.Contains("@media print", html);
        Assert.Equal(1, await app.Scalar<long>($"SELECT count(*) FROM audit_log WHERE username = 'partner.housing' AND action = 'export meeting pack' AND subject = 'group:{groupId}'"));
    }

    [Fact]
    public async Task A_pack_of_official_plans_is_marked_official_and_an_outsider_gets_none()
    {
        var groupId = await app.CreateGroup("Car washes");
        using var police = await app.SignedIn("analyst.police");
        await app.CreatePlan(police, groupId, "Car washes on the ring road");
        using var response = await police.GetAsync($"/problems/groups/{groupId}/pack");
        Assert.Contains("<div class=\"banner top\">OFFICIAL</div>", await response.Content.ReadAsStringAsync());

        using var health = await app.SignedIn("partner.health");
        using var refused = await health.GetAsync($"/problems/groups/{groupId}/pack");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(0, await app.Scalar<long>($"SELECT count(*) FROM audit_log WHERE username = 'partner.health' AND action = 'export meeting pack'"));
    }
}
