using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Visits.Plans;

public sealed class EditFixture : VisitsFixture;

/// <summary>Changing an operation after it is planned: versioned, audited, and only by those who run it.</summary>
public sealed class VisitEditTests(EditFixture app) : IClassFixture<EditFixture>
{
    private const string Update = """
        mutation($id: ID!, $version: Int!, $changes: VisitChanges!) { updateVisit(id: $id, version: $version, changes: $changes) {
          id version theme plannedOn leadAgency manualOrder planId warnings team { username agency powersOfEntry nrmFirstResponder }
          contacts { kind name } route { position target { id name } } } }
        """;

    private async Task<JsonNode> PlanWith(bool victimsExpected = false, params (string Kind, long Id)[] places)
    {
        using var analyst = await app.SignedIn("analyst.police");
        return (await analyst.Data(VisitPlanTests.Plan + " ", VisitPlanTests.PlanFor(app, [.. places.Select(p => new { kind = p.Kind, placeId = p.Id })], victimsExpected)))["planVisit"]!;
    }

    private static List<string> Names(JsonNode visit) => [.. visit["route"]!.AsArray().Select(s => s!["target"]!["name"]!.GetValue<string>())];

    private static Dictionary<string, string> TargetIds(JsonNode visit) =>
        visit["route"]!.AsArray().ToDictionary(s => s!["target"]!["name"]!.GetValue<string>(), s => s!["target"]!["id"]!.GetValue<string>());

    [Fact]
    public async Task A_change_on_an_old_version_is_refused_naming_who_changed_what_and_nothing_is_saved()
    {
        var id = (await PlanWith(false, ("RISK_BUSINESS", app.CarWash)))["id"]!.GetValue<string>();
        using var officer = await app.SignedIn("enforcement.council");
        var changed = (await officer.Data(Update, new
        {
            id, version = 1, changes = new
            {
                theme = "car washes: intensification week", plannedOn = "2026-12-10",
                contacts = new[] { new { kind = "PLACE_OF_SAFETY", name = "Kirklees reception centre" } },
            },
        }))["updateVisit"]!;
        Assert.Equal(2, changed["version"]!.GetValue<int>());
        Assert.Equal("2026-12-10", changed["plannedOn"]!.GetValue<string>());
        Assert.Equal("Kirklees reception centre", changed["contacts"]![0]!["name"]!.GetValue<string>());

        using var analyst = await app.SignedIn("analyst.police");
        var (_, body) = await analyst.Post(Update, new { id, version = 1, changes = new { theme = "something else" } });
        Assert.Contains("you had version 1; it is now version 2", body.FirstError());
        Assert.Contains("enforcement.council (council) changed theme, plannedOn, contacts", body.FirstError());
        Assert.Equal("car washes: intensification week", await app.Scalar<string>($"SELECT theme FROM visits WHERE id = {id}"));
        Assert.Equal(1, await app.Scalar<long>($"SELECT count(*) FROM audit_log WHERE subject = 'visit:{id}' AND action = 'update visit'"));
    }

    [Fact]
    public async Task A_refusal_reaches_the_planner_with_its_message_and_the_code_of_what_refused_it()
    {
        var id = (await PlanWith(false, ("RISK_BUSINESS", app.CarWash)))["id"]!.GetValue<string>();
        using var analyst = await app.SignedIn("analyst.police");
        var (status, body) = await analyst.Post(Update, new { id, version = 1, changes = new { name = "  " } });
        Assert.Equal(200, status);
        Assert.Equal("The operation's name cannot be empty.", body.FirstError());
        Assert.Equal("VISIT_REFUSED", body["errors"]![0]!["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(1, await app.Scalar<int>($"SELECT version FROM visits WHERE id = {id}"));
    }

    [Fact]
    public async Task Targets_are_added_removed_and_put_in_the_planners_order_until_the_route_is_reoptimised()
    {
        var visit = await PlanWith(false, ("PREMISES", app.House), ("RISK_BUSINESS", app.CarWash), ("RISK_BUSINESS", app.NailBar));
        var id = visit["id"]!.GetValue<string>();
        var ids = TargetIds(visit);
        using var analyst = await app.SignedIn("analyst.police");
        string[] mine = [ids["Diamond Nails"], ids["3 Chapel Street"], ids["Sparkle Hand Car Wash"]];
        var ordered = (await analyst.Data(Update, new { id, version = 1, changes = new { routeOrder = mine } }))["updateVisit"]!;
        Assert.True(ordered["manualOrder"]!.GetValue<bool>());
        Assert.Equal(["Diamond Nails", "3 Chapel Street", "Sparkle Hand Car Wash"], Names(ordered));

        var (_, body) = await analyst.Post(Update, new { id, version = 2, changes = new { addTargets = new[] { new { kind = "PREMISES", placeId = app.OutsideHouse } } } });
        Assert.Contains("outside the operation's area", body.FirstError());
        (_, body) = await analyst.Post(Update, new { id, version = 2, changes = new { routeOrder = mine[..2] } });
        Assert.Contains("exactly once", body.FirstError());
        Assert.Equal(2, await app.Scalar<int>($"SELECT version FROM visits WHERE id = {id}"));

        var changed = (await analyst.Data(Update, new
        {
            id, version = 2, changes = new { removeTargets = new[] { ids["3 Chapel Street"] }, addTargets = new[] { new { kind = "PREMISES", placeId = app.Hmo } } },
        }))["updateVisit"]!;
        Assert.Equal(["Diamond Nails", "Sparkle Hand Car Wash", "12 Wakefield Road"], Names(changed));
        var reoptimised = (await analyst.Data(Update, new { id, version = 3, changes = new { reoptimiseRoute = true } }))["updateVisit"]!;
        Assert.False(reoptimised["manualOrder"]!.GetValue<bool>());
        var along = new[] { "12 Wakefield Road", "Sparkle Hand Car Wash", "Diamond Nails" };
        Assert.True(Names(reoptimised).SequenceEqual(along) || Names(reoptimised).SequenceEqual(along.Reverse()), string.Join(", ", Names(reoptimised)));
    }

    [Fact]
    public async Task A_target_with_a_recorded_outcome_cannot_be_removed()
    {
        var visit = await PlanWith(false, ("RISK_BUSINESS", app.CarWash));
        var (id, target) = (visit["id"]!.GetValue<string>(), visit["route"]![0]!["target"]!["id"]!.GetValue<string>());
        using var officer = await app.SignedIn("enforcement.council");
        await officer.Data("mutation($o: VisitOutcomeInput!) { recordVisitOutcome(outcome: $o) { id } }", new
        {
            o = new { idempotencyKey = Guid.NewGuid().ToString(), visitId = id, visitTargetId = target, arrivedAt = "2026-11-03T10:00:00Z", leftAt = "2026-11-03T10:30:00Z", peopleSpokenTo = 1 },
        });
        var (_, body) = await officer.Post(Update, new { id, version = 1, changes = new { removeTargets = new[] { target } } });
        Assert.Contains("An outcome is already recorded at 'Sparkle Hand Car Wash'", body.FirstError());
        Assert.Equal(1, await app.Scalar<long>($"SELECT count(*) FROM visit_targets WHERE visit_id = {id}"));
    }

    [Fact]
    public async Task The_team_is_by_agency_with_powers_of_entry_and_only_those_running_the_operation_change_it()
    {
        var id = (await PlanWith(true, ("RISK_BUSINESS", app.CarWash)))["id"]!.GetValue<string>();
        using var analyst = await app.SignedIn("analyst.police");
        var team = new object[]
        {
            new { username = "enforcement.council", agency = "council" },
            new { username = "enforcement.glaa", agency = "glaa", nrmFirstResponder = true },
            new { username = "Fire officer on shift", agency = "fire" },
        };
        var changed = (await analyst.Data(Update, new { id, version = 1, changes = new { team } }))["updateVisit"]!;
        Assert.DoesNotContain(changed["warnings"]!.AsArray(), w => w!.GetValue<string>().Contains("first responder"));
        Assert.StartsWith("Gangmasters (Licensing) Act 2004", changed["team"]!.AsArray().Single(m => m!["agency"]!.GetValue<string>() == "glaa")!["powersOfEntry"]!.GetValue<string>());
        Assert.StartsWith("Regulatory Reform (Fire Safety)", changed["team"]!.AsArray().Single(m => m!["agency"]!.GetValue<string>() == "fire")!["powersOfEntry"]!.GetValue<string>());

        var (_, body) = await analyst.Post(Update, new { id, version = 2, changes = new { team = new[] { new { username = "enforcement.glaa", agency = "council" } } } });
        Assert.Contains("enforcement.glaa works for glaa, not council", body.FirstError());
        (_, body) = await analyst.Post(Update, new { id, version = 2, changes = new { team = new[] { new { username = "someone", agency = "nowhere" } } } });
        Assert.Contains("There is no agency 'nowhere'", body.FirstError());
        Assert.Equal(3, await app.Scalar<long>($"SELECT count(*) FROM visit_team WHERE visit_id = {id}"));

        // An officer assigned from another agency adjusts the day but cannot take over the lead.
        using var glaa = await app.SignedIn("enforcement.glaa");
        Assert.Equal(3, (await glaa.Data(Update, new { id, version = 2, changes = new { startsAt = "08:00:00" } }))["updateVisit"]!["version"]!.GetValue<int>());
        (_, body) = await glaa.Post(Update, new { id, version = 3, changes = new { leadAgency = "glaa" } });
        Assert.Contains("lead agency", body.FirstError());
        using var partner = await app.SignedIn("partner.health");
        (_, body) = await partner.Post(Update, new { id, version = 3, changes = new { theme = "x" } });
        Assert.Contains("Visit planning is for", body.FirstError());
    }

    [Fact]
    public async Task Meeting_point_travel_mode_speed_and_time_per_visit_change_the_route_and_the_briefing_marks_the_meeting_point()
    {
        var id = (await PlanWith(false, ("RISK_BUSINESS", app.CarWash), ("RISK_BUSINESS", app.NailBar)))["id"]!.GetValue<string>();
        var meet = JsonNode.Parse(await app.Scalar<string>("SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint(414050, 416050), 27700), 4326), 7)"));
        using var analyst = await app.SignedIn("analyst.police");
        const string Travel = """
            mutation($id: ID!, $version: Int!, $changes: VisitChanges!) { updateVisit(id: $id, version: $version, changes: $changes) {
              version meetingPoint travelMode speedKmh minutesPerVisit route { position metresFromPrevious arrive leave target { name } } } }
            """;
        var changed = (await analyst.Data(Travel, new { id, version = 1, changes = new { meetingPoint = meet, travelMode = "DRIVING", minutesPerVisit = 15 } }))["updateVisit"]!;
        Assert.Equal(("DRIVING", 30d, 15), (changed["travelMode"]!.GetValue<string>(), changed["speedKmh"]!.GetValue<double>(), changed["minutesPerVisit"]!.GetValue<int>()));
        var first = changed["route"]![0]!;
        // From the meeting point the car wash (~670 m away) comes first, ~1.3 minutes' drive at 30 km/h; then 15 minutes there.
        Assert.Equal("Sparkle Hand Car Wash", first["target"]!["name"]!.GetValue<string>());
        Assert.Equal(Math.Sqrt(470 * 470 + 470 * 470), first["metresFromPrevious"]!.GetValue<double>(), 0);
        Assert.Equal(15, (TimeOnly.Parse(first["leave"]!.GetValue<string>()) - TimeOnly.Parse(first["arrive"]!.GetValue<string>())).TotalMinutes);

        var slower = (await analyst.Data(Travel, new { id, version = 2, changes = new { speedKmh = 4 } }))["updateVisit"]!;
        Assert.Equal(("DRIVING", 4d), (slower["travelMode"]!.GetValue<string>(), slower["speedKmh"]!.GetValue<double>()));
        var (_, body) = await analyst.Post(Travel, new { id, version = 3, changes = new { speedKmh = 0, minutesPerVisit = 20 } });
        Assert.Contains("speedKmh must be 0–120", body.FirstError());
        Assert.Equal(15, await app.Scalar<int>($"SELECT minutes_per_visit FROM visits WHERE id = {id}"));
        Assert.Equal("meetingPoint,travelMode,minutesPerVisit", await app.Scalar<string>($"SELECT array_to_string(fields, ',') FROM visit_changes WHERE visit_id = {id} AND version = 2"));

        var html = await analyst.GetStringAsync($"/visits/{id}/briefing");
        Assert.Contains("""<g class="meeting-point"><title>Meeting point</title>""", html);
        Assert.Contains("from the meeting point (M)", html);
    }

    [Fact]
    public async Task Only_those_who_command_an_operation_add_people_to_its_team_while_any_planner_on_it_may_remove_them()
    {
        var id = (await PlanWith(false, ("RISK_BUSINESS", app.CarWash)))["id"]!.GetValue<string>();
        using var analyst = await app.SignedIn("analyst.police");
        var both = new[] { new { username = "enforcement.council", agency = "council" }, new { username = "enforcement.glaa", agency = "glaa" } };
        await analyst.Data(Update, new { id, version = 1, changes = new { team = both } });

        // GLAA's officer is on the team but neither planned it nor belongs to its lead agency (council).
        using var glaa = await app.SignedIn("enforcement.glaa");
        var widened = new[] { both[0], both[1], new { username = "partner.housing", agency = "housing" } };
        var (_, body) = await glaa.Post(Update, new { id, version = 2, changes = new { team = widened } });
        Assert.Equal("Only the operation's planner, planners of its lead agency or the chair of its plan's group may add people to its team " +
                     "(you added partner.housing): you may remove people or change their powers.", body.FirstError());
        Assert.Equal(2, await app.Scalar<long>($"SELECT count(*) FROM visit_team WHERE visit_id = {id}"));

        var narrowed = (await glaa.Data(Update, new { id, version = 2, changes = new { team = new[] { both[1] } } }))["updateVisit"]!;
        Assert.Equal("enforcement.glaa", narrowed["team"]!.AsArray().Single()!["username"]!.GetValue<string>());
    }
}
