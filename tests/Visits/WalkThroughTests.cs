using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Visits;

/// <summary>The workspace with the shipped demo data (gis-data/) loaded, as under ./hotspots run.</summary>
public sealed class DemoFixture : HotspotsApp
{
    protected override bool LoadDemoData => true;
}

/// <summary>
/// The issue's "done when", end to end on the demo data: a saved hotspot, its ranked targets, an operation, the
/// briefing pack with its map, an outcome recorded by the officer, and the map and the next ranking changed by it.
/// bench/visits-walkthrough.sh runs it and prints the figures (docs/benchmarks.md, Visits walk-through).
/// </summary>
public sealed partial class WalkThroughTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private readonly List<string> figures = [];
    private readonly Stopwatch clock = new();

    private async Task<T> Step<T>(string what, Func<Task<T>> run, Func<T, string> figure)
    {
        clock.Restart();
        var result = await run();
        figures.Add($"{what}: {clock.Elapsed.TotalMilliseconds:0} ms; {figure(result)}");
        return result;
    }

    [Fact]
    public async Task From_a_hotspot_to_a_printed_pack_and_back_to_outcomes_that_change_the_map_and_the_next_ranking()
    {
        using var analyst = await app.SignedIn("analyst.police");
        var run = await Step("Gi* run (200 m cells, 600 m band)", async () => (await analyst.Data(
                "mutation { runAnalysis(request: { method: GI_STAR, cellSize: 200, distanceBand: 600 }) { id incidentCount hotspots { number incidents areaKm2 } } }"))["runAnalysis"]!,
            r => $"{r["incidentCount"]} incidents seen by analyst.police, {r["hotspots"]!.AsArray().Count} hotspots");
        var biggest = run["hotspots"]!.AsArray().MaxBy(h => h!["incidents"]!.GetValue<double>())!;
        var hotspot = await Step("save the biggest hotspot", async () => (await analyst.Data(
                $"mutation {{ saveHotspot(runId: {run["id"]}, number: {biggest["number"]}, name: \"Walk-through hotspot\") {{ id squareMetres }} }}"))["saveHotspot"]!,
            h => $"{biggest["incidents"]} incidents in {h["squareMetres"]!.GetValue<double>() / 1e6:0.00} km²");
        var area = new { areaId = hotspot["id"]!.GetValue<string>(), bufferMetres = 250 };

        var ranking = await Step("rank targets (hotspot + 250 m)", async () => (await analyst.Data(
                "query($a: TargetAreaInput!) { visitTargets(area: $a, first: 6) { candidateCount targets { kind placeId name score terms { term points } } } }",
                new { a = area }))["visitTargets"]!,
            r => $"{r["candidateCount"]} candidates, top score {r["targets"]![0]!["score"]}");
        var targets = ranking["targets"]!.AsArray();
        Assert.True(targets.Count >= 2, "the demo hotspot should hold premises or risk businesses to visit");

        var visit = await Step("plan the operation", async () => (await analyst.Data("""
                mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { id totalMetres warnings route { position arrive leave target { id kind placeId name } } } }
                """, new
            {
                plan = new
                {
                    name = "Operation walk-through", plannedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd"), leadAgency = "police", area,
                    team = new[] { new { username = "enforcement.council", agency = "council", nrmFirstResponder = true } },
                    targets = targets.Select(t => new { kind = t!["kind"]!.GetValue<string>(), placeId = t["placeId"]!.GetValue<string>() }).ToArray(),
                },
            }))["planVisit"]!,
            v => $"{v["route"]!.AsArray().Count} stops, {v["totalMetres"]!.GetValue<double>():0} m walked, {v["route"]![0]!["arrive"]}–{v["route"]!.AsArray()[^1]!["leave"]}");
        var visitId = visit["id"]!.GetValue<string>();
        var stops = visit["route"]!.AsArray();
        Assert.Equal(targets.Count, stops.Count);

        var briefing = await Step("briefing pack", () => analyst.GetStringAsync($"/visits/{visitId}/briefing"),
            html => $"{html.Length / 1024.0:0.0} KB of HTML, {StopMarks().Count(html)} stops drawn on its map");
        Assert.Contains("<svg class=\"route-map\"", briefing);
        Assert.Equal(stops.Count, StopMarks().Count(briefing));
        var gpx = await Step("GPX export", () => analyst.GetStringAsync($"/visits/{visitId}/route.gpx"), g => $"{Regex.Count(g, "<wpt ")} waypoints");
        Assert.Equal(stops.Count, Regex.Count(gpx, "<wpt "));

        var first = stops[0]!["target"]!;
        using var officer = await app.SignedIn("enforcement.council");
        var outcome = await Step("record the first stop's outcome (phone)", async () => (await officer.Data(
                "mutation($o: VisitOutcomeInput!) { recordVisitOutcome(outcome: $o) { id concernsFound referrals { id } } }", new
                {
                    o = new
                    {
                        idempotencyKey = Guid.NewGuid().ToString(), visitId, visitTargetId = first["id"]!.GetValue<string>(),
                        arrivedAt = DateTime.UtcNow.AddHours(-2).ToString("O"), leftAt = DateTime.UtcNow.AddHours(-1).ToString("O"), peopleSpokenTo = 5,
                        indicators = new[] { "NO_PPE", "NO_CONTRACT", "LIVING_CONDITIONS" }, victims = new[] { new { ageGroup = "ADULT", count = 2 } },
                        consent = new[] { new { purpose = "NRM_REFERRAL", given = true, people = 2 } },
                        referrals = new object[] { new { kind = "NRM", reference = "NRM-WALK-0001" }, new { kind = "GLAA" } },
                    },
                }))["recordVisitOutcome"]!,
            o => $"concerns found {o["concernsFound"]}, {o["referrals"]!.AsArray().Count} referrals");
        Assert.True(outcome["concernsFound"]!.GetValue<bool>());

        var map = await Step("visited targets on the map", async () => (await analyst.Data("{ visitedTargetsMap }"))["visitedTargetsMap"]!["features"]!.AsArray(),
            f => $"{f.Count} visited place(s) ringed");
        var ringed = Assert.Single(map, f => f!["properties"]!["name"]!.GetValue<string>() == first["name"]!.GetValue<string>())!["properties"]!;
        Assert.True(ringed["concernsFound"]!.GetValue<bool>());
        Assert.Equal(2, ringed["referralsMade"]!.GetValue<int>());

        var before = targets.Single(t => t!["placeId"]!.GetValue<string>() == first["placeId"]!.GetValue<string>() && t["kind"]!.GetValue<string>() == first["kind"]!.GetValue<string>())!;
        var again = await Step("rank again", async () => (await analyst.Data(
                "query($a: TargetAreaInput!) { visitTargets(area: $a, first: 200) { targets { kind placeId score terms { term input points } } } }", new { a = area }))["visitTargets"]!["targets"]!.AsArray(),
            r => $"{r.Count} ranked");
        var after = again.Single(t => t!["placeId"]!.GetValue<string>() == first["placeId"]!.GetValue<string>() && t["kind"]!.GetValue<string>() == first["kind"]!.GetValue<string>())!;
        Assert.Contains(after["terms"]!.AsArray(), t => t!["term"]!.GetValue<string>() == "previous_outcome" && t["input"]!.GetValue<string>() == "concerns found");
        figures.Add($"first stop {first["name"]}: score {before["score"]} before the visit, {after["score"]} after (concerns found and referrals made; visited today)");

        var nrm = (await analyst.Data("{ nrmReferrals { referral { reference } stage } }"))["nrmReferrals"]!.AsArray();
        Assert.Contains(nrm, n => n!["referral"]!["reference"]!.GetValue<string>() == "NRM-WALK-0001" && n["stage"]!.GetValue<string>() == "AWAITING_REASONABLE_GROUNDS");

        figures.Add($"{Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        var output = Environment.GetEnvironmentVariable("HOTSPOTS_BENCH_OUT");
        if (output is { Length: > 0 }) await File.WriteAllLinesAsync(output, figures);
    }

    [GeneratedRegex("<g class=\"stop\"")]
    private static partial Regex StopMarks();
}
