using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Visits.Targets;

public sealed class TargetRankingTests(VisitsFixture app) : IClassFixture<VisitsFixture>
{
    private const string Ranking = """
        query($area: TargetAreaInput!) { visitTargets(area: $area) { candidateCount weights { term code weight }
          targets { rank kind placeId name score lastVisitedOn terms { term input weight points } incidentsByType { exploitationType count { display } } } } }
        """;

    [Fact]
    public async Task Targets_in_a_hotspot_are_ranked_with_each_term_explained()
    {
        using var client = await app.SignedIn("analyst.police");
        var ranking = (await client.Data(Ranking, new { area = new { areaId = app.AreaId } }))["visitTargets"]!;
        Assert.Equal(4, ranking["candidateCount"]!.GetValue<int>());
        var targets = ranking["targets"]!.AsArray();
        Assert.Equal([app.CarWash, app.Hmo, app.NailBar, app.House], targets.Select(t => long.Parse(t!["placeId"]!.GetValue<string>())));
        // Three labour incidents graded 1A: 3 × 1.5 (labour) × 1.2 (source 1) × 1.2 (intelligence A) = 6.48 points;
        // a hand car wash adds 5 and never having been visited 6.
        var carWash = targets[0]!;
        Assert.Equal(17.48, carWash["score"]!.GetValue<double>(), 6);
        var terms = carWash["terms"]!.AsArray().ToDictionary(t => t!["term"]!.GetValue<string>(), t => t!);
        Assert.Equal(6.48, terms["incidents"]["points"]!.GetValue<double>(), 6);
        Assert.StartsWith("3 within 250 m", terms["incidents"]["input"]!.GetValue<string>());
        Assert.Equal(5, terms["sector"]["points"]!.GetValue<double>());
        Assert.Equal("never visited", terms["days_since_visit"]["input"]!.GetValue<string>());
        Assert.Equal("3", carWash["incidentsByType"]![0]!["count"]!["display"]!.GetValue<string>());
        Assert.Contains(ranking["weights"]!.AsArray(), w => w!["code"]!.GetValue<string>() == "hand_car_wash" && w["weight"]!.GetValue<double>() == 5);
    }

    [Fact]
    public async Task A_drawn_polygon_with_a_buffer_takes_in_the_house_outside_the_hotspot()
    {
        using var client = await app.SignedIn("analyst.police");
        var square = new { type = "Polygon", coordinates = new[] { new[] { new[] { -1.79, 53.64 }, new[] { -1.76, 53.64 }, new[] { -1.76, 53.66 }, new[] { -1.79, 53.66 }, new[] { -1.79, 53.64 } } } };
        var (_, body) = await client.Post(Ranking, new { area = new { within = square, bufferMetres = 3000 } });
        Assert.Null(body["errors"]);
        Assert.Equal(5, body["data"]!["visitTargets"]!["candidateCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Partners_see_incidents_only_as_generalised_counts_and_may_not_plan()
    {
        using var partner = await app.SignedIn("partner.housing");
        var (_, refused) = await partner.Post(Ranking, new { area = new { areaId = app.AreaId } });
        Assert.Contains("Visit planning is for", refused.FirstError());
        using var council = await app.SignedIn("analyst.council");
        var targets = (await council.Data(Ranking, new { area = new { areaId = app.AreaId } }))["visitTargets"]!["targets"]!.AsArray();
        // The council analyst sees the police records in full under the agreement, and their own council record.
        Assert.Equal("3", targets.First(t => long.Parse(t!["placeId"]!.GetValue<string>()) == app.CarWash)!["incidentsByType"]![0]!["count"]!["display"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_an_administrator_changes_a_weight_and_the_score_uses_it()
    {
        using var analyst = await app.SignedIn("analyst.police");
        var (_, refused) = await analyst.Post("mutation { setRiskWeight(term: \"sector\", code: \"nail_bar\", weight: 4) { weight } }");
        Assert.Contains("administrator", refused.FirstError());
        using var admin = await app.SignedIn("admin.council");
        await admin.Data("mutation { setRiskWeight(term: \"premises_use\", code: \"residential\", weight: 1) { weight } }");
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'set risk weight'"));
    }
}
