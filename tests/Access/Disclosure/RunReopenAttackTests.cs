using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using static Hotspots.Tests.Access.Disclosure.DisclosureReadsFixture;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// Reopening a saved analysis run, and everything else that reads one by id, as an attacker inside the partnership
/// would try it: a run can be reopened only by viewers whose view holds everything the run used.
/// </summary>
public sealed class RunReopenAttackTests(DisclosureReadsFixture app) : IClassFixture<DisclosureReadsFixture>
{
    private const string Reopen = "query($id: ID!) { analysisRun(id: $id) { id createdBy generalised cells hotspots { number incidents } } }";

    private static async Task<string> Run(HttpClient client, string request) =>
        (await client.Data($"mutation {{ runAnalysis(request: {request}) {{ id }} }}"))["runAnalysis"]!["id"]!.GetValue<string>();

    private static async Task<JsonNode?> Reopened(HttpClient client, string id) => (await client.Data(Reopen, new { id }))["analysisRun"];

    /// <summary>Every door that reads a run by id, as one refused message each (or "answered" when it let the caller in).</summary>
    private static async Task<List<string>> Doors(HttpClient client, string runId, string laterRunId)
    {
        var asked = new[]
        {
            $"{{ evaluateHotspots(runId: {runId}, laterPeriod: {{ from: \"2025-01-01T00:00:00Z\", to: \"2026-01-01T00:00:00Z\" }}) {{ runId }} }}",
            $"{{ compareAnalysisRuns(earlierRunId: {runId}, laterRunId: {laterRunId}) {{ newlyHot }} }}",
            $"mutation {{ saveHotspot(runId: {runId}, number: 1, name: \"Huddersfield centre\") {{ id }} }}",
        };
        var answers = new List<string>();
        foreach (var query in asked)
        {
            var (_, body) = await client.Post(query);
            answers.Add(body["errors"] is null ? "answered" : body.FirstError());
        }
        return answers;
    }

    [Fact]
    public async Task A_council_chair_cannot_reopen_or_build_on_the_council_analyst_s_generalised_run()
    {
        // Attack: a group chair of the run's agency reopens an analyst's Gi* run that also counted generalised records, to read the exact-location cells of records she may only count.
        using var analyst = await app.SignedIn("analyst.council");
        var runId = await Run(analyst, $"{{ method: GI_STAR, cellSize: 100, distanceBand: 300, filter: {{ boundingBox: {Huddersfield} }} }}");
        var own = await Reopened(analyst, runId);
        Assert.True(own!["generalised"]!.GetValue<bool>(), "the run counted housing records the council analyst may only count");

        using var chair = await app.SignedIn("chair.council");
        var laterRunId = await Run(chair, $"{{ method: GI_STAR, cellSize: 100, distanceBand: 300, filter: {{ boundingBox: {Huddersfield} }} }}");
        Assert.Null(await Reopened(chair, runId));
        var missing = (long.Parse(laterRunId) + 1000).ToString();
        var refused = await Doors(chair, runId, laterRunId);
        Assert.Equal(await Doors(chair, missing, laterRunId), refused.Select(m => m.Replace(runId, missing)).ToList());
        Assert.All(refused, m => Assert.Equal($"There is no analysis run {runId} you may open.", m));
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM areas WHERE analysis_run_id = $1", long.Parse(runId)));
    }

    [Fact]
    public async Task A_same_agency_analyst_cannot_reopen_a_run_that_used_a_record_opened_to_its_maker_alone()
    {
        // Attack: a council analyst reopens a colleague's DBSCAN run that used a health record opened to the colleague by break-glass, to place that record.
        using var maker = await app.SignedIn("analyst.council");
        using var colleague = await app.SignedIn(Colleague);
        const string dbscan = $"{{ method: DBSCAN, eps: 150, minPoints: 3, filter: {{ boundingBox: {Dewsbury} }} }}";
        var before = await Run(maker, dbscan);
        Assert.NotNull(await Reopened(colleague, before));

        await maker.Data($"mutation {{ breakGlass(incidentId: {app.DewsburyHealth[0]}, reason: \"Safeguarding referral for a child at this address\") {{ id }} }}");
        var after = await Run(maker, dbscan);
        Assert.Contains(app.DewsburyHealth[0], await app.Scalar<long[]>("SELECT incident_ids FROM analysis_runs WHERE id = $1", long.Parse(after)));
        Assert.NotNull(await Reopened(maker, after));
        Assert.Null(await Reopened(colleague, after));
        var (_, body) = await colleague.Post($"mutation {{ saveHotspot(runId: {after}, number: 1, name: \"Dewsbury\") {{ id }} }}");
        Assert.Equal($"There is no analysis run {after} you may open.", body.FirstError());
    }

    [Fact]
    public async Task Walking_the_run_ids_finds_nothing_but_one_s_own_and_every_reopen_and_refusal_is_audited()
    {
        // Attack: an enforcement officer walks the sequential run ids to find and open the runs of their agency's analysts.
        using var analyst = await app.SignedIn("analyst.council");
        var generalised = await Run(analyst, $"{{ method: GI_STAR, cellSize: 100, distanceBand: 300, filter: {{ boundingBox: {Huddersfield} }} }}");
        using var officer = await app.SignedIn("enforcement.council");
        var last = await app.Scalar<long>("SELECT max(id) FROM analysis_runs");
        var answers = new Dictionary<long, string>();
        for (var id = 1L; id <= last + 3; id++)
            answers[id] = (await Reopened(officer, id.ToString()))?.ToJsonString() ?? "null";
        Assert.All(answers.Values, a => Assert.Equal("null", a));

        var refusals = await app.Audited("enforcement.council", "reopen analysis run refused");
        Assert.Equal(answers.Keys.Select(id => $"analysis:{id}"), refusals.Select(r => r.Subject));
        Assert.Empty(await app.Audited("enforcement.council", "reopen analysis run"));
        await Reopened(analyst, generalised);
        Assert.Contains(await app.Audited("analyst.council", "reopen analysis run"), r => r.Subject == $"analysis:{generalised}");
    }
    [Fact]
    public async Task An_administrator_cannot_read_a_run_s_cells_by_reshaping_a_hotspot_saved_from_it()
    {
        // Attack: an administrator, who may reshape any saved hotspot, redraws one saved from a run they may not open to read that run's peak z inside shapes of their choosing.
        using var analyst = await app.SignedIn("analyst.council");
        var runId = await Run(analyst, "{ method: GI_STAR, cellSize: 200, distanceBand: 600 }");
        var area = (await analyst.Data($"mutation {{ saveHotspot(runId: {runId}, number: 1, name: \"Huddersfield centre\") {{ id }} }}"))["saveHotspot"]!["id"]!.GetValue<string>();
        var before = await app.Scalar<string>("SELECT ST_AsText(boundary) || hotspot_incidents || hotspot_peak_z FROM areas WHERE id = $1", long.Parse(area));

        using var admin = await app.SignedIn("admin.council");
        Assert.Null(await Reopened(admin, runId));
        var square = await app.Scalar<string>("SELECT ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(414450, 416450, 414850, 416850, 27700), 4326), 9)");
        var (_, body) = await admin.Post("mutation($id: ID!, $b: GeoJSON!) { updateSavedHotspot(id: $id, boundary: $b) { hotspotPeakZ } }", new { id = area, b = square });
        Assert.Equal($"There is no saved hotspot {area} from an analysis run you may open to reshape.", body.FirstError());
        Assert.Equal(before, await app.Scalar<string>("SELECT ST_AsText(boundary) || hotspot_incidents || hotspot_peak_z FROM areas WHERE id = $1", long.Parse(area)));
        Assert.NotNull((await analyst.Data("mutation($id: ID!, $b: GeoJSON!) { updateSavedHotspot(id: $id, boundary: $b) { hotspotPeakZ } }", new { id = area, b = square }))["updateSavedHotspot"]!["hotspotPeakZ"]);
    }
}
