using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Runs;

/// <summary>An analyst drags the vertices of a saved hotspot; the server checks the shape and recounts it on its run.</summary>
public sealed class ReshapedHotspotTests(AnalysisRunFixture app) : IClassFixture<AnalysisRunFixture>
{
    private const string Figures = "boundary squareMetres hotspotIncidents hotspotPeakZ hotspotPai";

    /// <summary>A ring of British National Grid corners as a WGS84 GeoJSON polygon, drawn in the given order.</summary>
    private Task<string> Polygon(params (double X, double Y)[] corners) => app.Scalar<string>(
        "SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePolygon(ST_MakeLine(array_append(p, p[1]))), 27700), 4326), 9) " +
        "FROM (SELECT array_agg(ST_MakePoint(x, y) ORDER BY n) AS p FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS t(x, y, n)) s",
        corners.Select(c => c.X).ToArray(), corners.Select(c => c.Y).ToArray())!;

    /// <summary>The boundary inline as a GraphQL string, as the client sends it.</summary>
    private static string Reshape(string id, string boundary, string fields = "id") =>
        $"mutation {{ updateSavedHotspot(id: {id}, boundary: {System.Text.Json.JsonSerializer.Serialize(boundary)}) {{ {fields} }} }}";

    private static async Task<string> SavedHotspot(HttpClient client)
    {
        var run = (await client.Data("mutation { runAnalysis(request: { method: GI_STAR, cellSize: 200, distanceBand: 600 }) { id } }"))["runAnalysis"]!;
        return (await client.Data($"mutation {{ saveHotspot(runId: {run["id"]}, number: 1, name: \"Centre\") {{ id }} }}"))["saveHotspot"]!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_valid_new_boundary_is_saved_and_its_incidents_area_and_PAI_are_recounted()
    {
        using var police = await app.SignedIn("analyst.police");
        var id = await SavedHotspot(police);
        var before = (await police.Data($"mutation {{ updateSavedHotspot(id: {id}, description: \"As saved\") {{ {Figures} }} }}"))["updateSavedHotspot"]!;
        Assert.True(before["hotspotPai"]!.GetValue<double>() > 1, "a saved hotspot has its PAI from the start");

        // A 300 m square round the cluster (414500–414650, 416500–416650), smaller than the cells it was made of.
        const double west = 414450, south = 416450, side = 300;
        var square = await Polygon((west, south), (west + side, south), (west + side, south + side), (west, south + side));
        var area = (await police.Data(Reshape(id, square, Figures)))["updateSavedHotspot"]!;
        var inside = app.Points.Count(p => p.X >= west && p.X <= west + side && p.Y >= south && p.Y <= south + side);
        Assert.True(inside >= 60);
        Assert.Equal(inside, area["hotspotIncidents"]!.GetValue<double>());
        Assert.Equal(side * side, area["squareMetres"]!.GetValue<double>(), 0.01 * side * side);
        var studyKm2 = await app.Scalar<double>("SELECT (result->'grid'->>'analysedCells')::float8 * 0.04 FROM analysis_runs r JOIN areas a ON a.analysis_run_id = r.id WHERE a.id = $1", long.Parse(id));
        Assert.Equal(inside / 300.0 / (side * side / 1e6 / studyKm2), area["hotspotPai"]!.GetValue<double>(), 0.02 * area["hotspotPai"]!.GetValue<double>());
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'reshape saved hotspot' AND subject = $1", $"area:{id}"));
    }

    [Fact]
    public async Task A_self_intersecting_or_non_polygon_boundary_or_someone_else_s_hotspot_is_refused_and_nothing_changes()
    {
        using var police = await app.SignedIn("analyst.police");
        var id = await SavedHotspot(police);
        var before = await app.Scalar<string>("SELECT ST_AsText(boundary) || hotspot_incidents || hotspot_pai FROM areas WHERE id = $1", long.Parse(id));
        var bowTie = await Polygon((414400, 416400), (414800, 416800), (414800, 416400), (414400, 416800));
        var (_, crossed) = await police.Post(Reshape(id, bowTie));
        Assert.Contains("Self-intersection", crossed.FirstError());

        var (_, line) = await police.Post(Reshape(id, """{"type":"LineString","coordinates":[[-1.78,53.64],[-1.77,53.65]]}"""));
        Assert.Contains("must be a GeoJSON Polygon or MultiPolygon, not a LineString", line.FirstError());

        using var council = await app.SignedIn("analyst.council");
        var square = await Polygon((414400, 416400), (414800, 416400), (414800, 416800), (414400, 416800));
        var (_, other) = await council.Post(Reshape(id, square));
        Assert.Contains("Only whoever saved", other.FirstError());
        Assert.Equal(before, await app.Scalar<string>("SELECT ST_AsText(boundary) || hotspot_incidents || hotspot_pai FROM areas WHERE id = $1", long.Parse(id)));
    }

    [Fact]
    public async Task A_self_intersecting_boundary_sent_as_a_variable_is_refused_with_the_reason_and_nothing_changes()
    {
        using var police = await app.SignedIn("analyst.police");
        var id = await SavedHotspot(police);
        var before = await app.Scalar<string>("SELECT ST_AsText(boundary) || hotspot_incidents || hotspot_pai FROM areas WHERE id = $1", long.Parse(id));
        var bowTie = await Polygon((414400, 416400), (414800, 416800), (414800, 416400), (414400, 416800));
        const string reshape = "mutation($id: ID!, $b: GeoJSON!) { updateSavedHotspot(id: $id, boundary: $b) { id } }";

        var (_, asObject) = await police.Post(reshape, new { id, b = System.Text.Json.Nodes.JsonNode.Parse(bowTie) });
        Assert.Matches(@"^Variable '\$b' is invalid\. The geometry is not valid: Self-intersection at \(-?\d", asObject.FirstError());
        var (_, asText) = await police.Post(reshape, new { id, b = bowTie });
        Assert.Contains("The geometry is not valid: Self-intersection at (", asText.FirstError());
        var (_, notGeoJson) = await police.Post(reshape, new { id, b = new { type = "Polygon", coordinates = "round the car wash" } });
        Assert.StartsWith("Variable '$b' is invalid. Not valid GeoJSON geometry", notGeoJson.FirstError());
        Assert.Equal(before, await app.Scalar<string>("SELECT ST_AsText(boundary) || hotspot_incidents || hotspot_pai FROM areas WHERE id = $1", long.Parse(id)));
    }
}
