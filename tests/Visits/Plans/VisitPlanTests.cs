using System.Text.Json.Nodes;
using System.Xml.Linq;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Visits.Plans;

public sealed class VisitPlanTests(PlansFixture app) : IClassFixture<PlansFixture>
{
    public const string Plan = """
        mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { id warnings totalMetres linkedIncidentIds
          team { username powersOfEntry nrmFirstResponder }
          route { position metresFromPrevious arrive target { id kind placeId name } } } }
        """;

    public static object PlanFor(VisitsFixture app, object[] targets, bool victimsExpected = false, bool firstResponder = false, long[]? incidentIds = null) => new
    {
        plan = new
        {
            name = "Operation Aidant: car washes", theme = "labour exploitation", plannedOn = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd"), leadAgency = "council",
            area = new { areaId = app.AreaId }, victimsExpected, minutesPerVisit = 20,
            team = new[] { new { username = "enforcement.council", agency = "council", nrmFirstResponder = firstResponder } },
            contacts = new[] { new { kind = "INTERPRETER", name = "Kirklees Interpreting", phone = "01484 000000" } },
            targets, incidentIds = incidentIds ?? [],
        },
    };

    private object[] Targets(params (string Kind, long Id)[] places) => [.. places.Select(p => new { kind = p.Kind, placeId = p.Id })];

    [Fact]
    public async Task A_plan_orders_its_targets_and_warns_when_victims_are_expected_without_a_first_responder()
    {
        using var client = await app.SignedIn("analyst.police");
        var visit = (await client.Data(Plan, PlanFor(app, Targets(("RISK_BUSINESS", app.NailBar), ("PREMISES", app.House), ("RISK_BUSINESS", app.CarWash), ("PREMISES", app.Hmo)), victimsExpected: true)))["planVisit"]!;
        Assert.Contains(visit["warnings"]!.AsArray(), w => w!.GetValue<string>().Contains("no NRM first responder"));
        Assert.StartsWith("Housing Act 2004", visit["team"]![0]!["powersOfEntry"]!.GetValue<string>());
        // The four lie on a diagonal: house, HMO, car wash, nail bar (or reversed) is the shortest open path.
        var names = visit["route"]!.AsArray().Select(s => s!["target"]!["name"]!.GetValue<string>()).ToList();
        var along = new[] { "3 Chapel Street", "12 Wakefield Road", "Sparkle Hand Car Wash", "Diamond Nails" };
        Assert.True(names.SequenceEqual(along) || names.SequenceEqual(along.Reverse()), string.Join(", ", names));
        Assert.Equal(Math.Sqrt(2) * 800, visit["totalMetres"]!.GetValue<double>(), 0);
    }

    [Fact]
    public async Task A_target_outside_the_operations_area_is_refused_with_a_message()
    {
        using var client = await app.SignedIn("analyst.police");
        var (_, body) = await client.Post(Plan, PlanFor(app, Targets(("PREMISES", app.Hmo), ("PREMISES", app.OutsideHouse))));
        Assert.Contains("9 Far Lane", body.FirstError());
        Assert.Contains("outside the operation's area", body.FirstError());
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM visits WHERE name LIKE 'Operation Aidant%' AND id NOT IN (SELECT visit_id FROM visit_targets)"));
    }

    [Fact]
    public async Task An_enforcement_officer_sees_the_incidents_linked_to_their_visit_and_no_others()
    {
        using var glaa = await app.SignedIn("enforcement.glaa");
        using var council = await app.SignedIn("enforcement.council");
        const string Incidents = "{ incidents(first: 50) { totalCount edges { node { id } } } }";
        Assert.Equal(0, (await council.Data(Incidents))["incidents"]!["totalCount"]!.GetValue<int>());
        using var analyst = await app.SignedIn("analyst.police");
        var linked = app.PoliceIncidents[0];
        var visitId = (await analyst.Data(Plan, PlanFor(app, Targets(("RISK_BUSINESS", app.CarWash)), incidentIds: [linked])))["planVisit"]!["id"]!.GetValue<string>();
        var seen = (await council.Data(Incidents))["incidents"]!;
        Assert.Equal([linked.ToString()], seen["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.Null((await council.Data($"{{ incident(id: {app.PoliceIncidents[1]}) {{ id }} }}"))["incident"]);
        Assert.Equal(0, (await glaa.Data(Incidents))["incidents"]!["totalCount"]!.GetValue<int>());
        // The share closes a week after the operation's day; a week and a day on, the officer no longer sees the record.
        await app.Execute($"UPDATE visits SET planned_on = current_date - 7 WHERE id = {visitId}");
        Assert.Equal(1, (await council.Data(Incidents))["incidents"]!["totalCount"]!.GetValue<int>());
        await app.Execute($"UPDATE visits SET planned_on = current_date - 8 WHERE id = {visitId}");
        Assert.Equal(0, (await council.Data(Incidents))["incidents"]!["totalCount"]!.GetValue<int>());
        Assert.Null((await council.Data($"{{ incident(id: {linked}) {{ id }} }}"))["incident"]);
        await app.Execute($"UPDATE visits SET planned_on = current_date + 2 WHERE id = {visitId}");
        // Only incidents the planner sees in full can be shared: the police analyst does not see the council record.
        var (_, refused) = await analyst.Post(Plan, PlanFor(app, Targets(("RISK_BUSINESS", app.CarWash)), incidentIds: [app.CouncilIncident]));
        Assert.Contains("in full", refused.FirstError());
    }

    [Fact]
    public async Task The_briefing_has_the_banner_and_the_targets_in_route_order_and_the_exports_are_classified()
    {
        using var client = await app.SignedIn("analyst.police");
        var visit = (await client.Data(Plan, PlanFor(app, Targets(("RISK_BUSINESS", app.NailBar), ("PREMISES", app.House), ("RISK_BUSINESS", app.CarWash)), firstResponder: true)))["planVisit"]!;
        var id = visit["id"]!.GetValue<string>();
        var route = visit["route"]!.AsArray().Select(s => s!["target"]!["name"]!.GetValue<string>()).ToList();
        var html = await client.GetStringAsync($"/visits/{id}/briefing");
        Assert.Contains("OFFICIAL-SENSITIVE", html);
        var routeList = html[html.IndexOf("<ol class=\"route\">")..html.IndexOf("</ol>")];
        Assert.Equal(route, route.OrderBy(name => routeList.IndexOf(name)));
        Assert.Contains("<td class=\"incidents\">3 within 250 m in 730 days; seen in full, by type: Labour 3</td>", html);
        // The officer on the team sees none of these incidents on their map: the briefing gives the pressure a partner of
        // their agency would see (the police cell of three is withheld there), never "0" or "none known".
        using var officer = await app.SignedIn("enforcement.council");
        var briefing = await officer.GetStringAsync($"/visits/{id}/briefing");
        Assert.Contains("<td class=\"incidents\">incident pressure: withheld (&lt;5) within 250 m in 730 days; 1 cell withheld nearby</td>", briefing);
        // The route map: the area and a line through the numbered stops in visiting order, in grid metres (y flipped).
        var map = XDocument.Parse(html[html.IndexOf("<svg")..(html.IndexOf("</svg>") + 6)]);
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.NotNull(map.Root!.Element(svg + "path"));
        var stops = map.Root.Elements(svg + "g").Where(g => g.Attribute("class")?.Value == "stop").ToList();
        Assert.Equal(["1", "2", "3"], stops.Select(g => g.Element(svg + "text")!.Value));
        Assert.Equal(route.Select((n, i) => $"{i + 1}. {n}"), stops.Select(g => g.Element(svg + "title")!.Value));
        var line = map.Root.Element(svg + "polyline")!.Attribute("points")!.Value.Split(' ');
        Assert.Equal(stops.Select(g => $"{g.Element(svg + "circle")!.Attribute("cx")!.Value},{g.Element(svg + "circle")!.Attribute("cy")!.Value}"), line);
        Assert.Contains(line, p => p == "414900,-416900");

        var gpx = XDocument.Parse(await client.GetStringAsync($"/visits/{id}/route.gpx"));
        XNamespace ns = "http://www.topografix.com/GPX/1/1";
        var waypoints = gpx.Root!.Elements(ns + "wpt").ToList();
        Assert.Equal(3, waypoints.Count);
        Assert.All(waypoints, w => Assert.InRange(double.Parse(w.Attribute("lat")!.Value), 53.6, 53.7));
        Assert.Equal(route.Select((n, i) => $"{i + 1}. {n}"), gpx.Root.Element(ns + "rte")!.Elements(ns + "rtept").Select(p => p.Element(ns + "name")!.Value));
        Assert.Contains("OFFICIAL-SENSITIVE", gpx.Root.Element(ns + "metadata")!.Element(ns + "desc")!.Value);

        var geojson = JsonNode.Parse(await client.GetStringAsync($"/visits/{id}/route.geojson"))!;
        Assert.Equal("OFFICIAL-SENSITIVE", geojson["classification"]!.GetValue<string>());
        Assert.Equal(4, geojson["features"]!.AsArray().Count);
        var csv = (await client.GetStringAsync($"/visits/{id}/route.csv")).Split('\n');
        Assert.StartsWith("# OFFICIAL-SENSITIVE", csv[0]);
        Assert.Contains(route[0], csv[2]);
        Assert.Equal(4, await app.Scalar<long>($"SELECT count(DISTINCT action) FROM audit_log WHERE subject = 'visit:{id}' AND (action LIKE 'export%' OR action = 'read visit briefing')"));

        using var stranger = await app.SignedIn("partner.health");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await stranger.GetAsync($"/visits/{id}/briefing")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/visits/{id}/route.gpx")).StatusCode);
    }

    [Fact]
    public async Task The_briefing_follows_IIMARCH_and_prints_labels_and_names_never_codes_or_usernames()
    {
        using var client = await app.SignedIn("analyst.police");
        var visit = (await client.Data(Plan, PlanFor(app, Targets(("RISK_BUSINESS", app.CarWash), ("PREMISES", app.Hmo)), victimsExpected: true, firstResponder: true)))["planVisit"]!;
        var html = await client.GetStringAsync($"/visits/{visit["id"]!.GetValue<string>()}/briefing");
        var headings = System.Text.RegularExpressions.Regex.Matches(html, "<h2>([^<]*)</h2>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Information", "Intent", "Method", "Administration", "Risk assessment", "Communications", "Humanitarian issues"], headings);
        var text = System.Text.RegularExpressions.Regex.Replace(html[html.IndexOf("<body>")..], "<[^>]+>", " ");
        foreach (var code in new[] { "RiskBusiness", "RISK_BUSINESS", "hand_car_wash", "risk_business", "INTERPRETER", "analyst.police", "enforcement.council", "Driving", "Walking" })
            Assert.DoesNotContain(code, text);
        Assert.Contains("Risk business: Hand car wash", text);
        Assert.Contains("Premises: HMO", text);
        Assert.Contains("Priya Shah (police analyst)", text);
        Assert.Contains("in a straight line", text);
        Assert.Contains("Kirklees Interpreting", text);
        Assert.Matches("Kirklees Interpreting\\s+Interpreter\\s+01484 000000", text);
    }
}
