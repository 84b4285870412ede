using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Runs;

public sealed class SavedHotspotTests(AnalysisRunFixture app) : IClassFixture<AnalysisRunFixture>
{
    private async Task<string> SavedHotspot(HttpClient client, string name)
    {
        var run = (await client.Data("mutation { runAnalysis(request: { method: GI_STAR, cellSize: 200, distanceBand: 600 }) { id hotspots { number } } }"))["runAnalysis"]!;
        var number = run["hotspots"]!.AsArray()[0]!["number"]!.GetValue<int>();
        return (await client.Data($"mutation {{ saveHotspot(runId: {run["id"]}, number: {number}, name: \"{name}\") {{ id }} }}"))["saveHotspot"]!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task The_analyst_who_saved_a_hotspot_renames_and_describes_it_and_others_outside_their_agency_may_not()
    {
        using var police = await app.SignedIn("analyst.police");
        var id = await SavedHotspot(police, "Town centre");
        var area = (await police.Data($"mutation {{ updateSavedHotspot(id: {id}, name: \"Huddersfield centre\", description: \"Flats above the takeaways\") {{ name description kind }} }}"))["updateSavedHotspot"]!;
        Assert.Equal(("Huddersfield centre", "Flats above the takeaways", "HOTSPOT"),
            (area["name"]!.GetValue<string>(), area["description"]!.GetValue<string>(), area["kind"]!.GetValue<string>()));
        var described = (await police.Data($"mutation {{ updateSavedHotspot(id: {id}, description: \"\") {{ name description }} }}"))["updateSavedHotspot"]!;
        Assert.Equal("Huddersfield centre", described["name"]!.GetValue<string>());
        Assert.Null(described["description"]);

        foreach (var account in new[] { "analyst.council", "partner.health" })
        {
            using var other = await app.SignedIn(account);
            var (_, refused) = await other.Post($"mutation {{ updateSavedHotspot(id: {id}, name: \"Mine\") {{ id }} }}");
            Assert.Contains("Only whoever saved", refused.FirstError());
        }
        var (_, empty) = await police.Post($"mutation {{ updateSavedHotspot(id: {id}, name: \" \") {{ id }} }}");
        Assert.Contains("name: it is empty", empty.FirstError());
        var (_, ward) = await police.Post("mutation { updateSavedHotspot(id: 999999, name: \"x\") { id } }");
        Assert.Contains("no saved hotspot 999999", ward.FirstError());
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'update saved hotspot' AND subject = $1 AND username = 'analyst.police' AND detail::text LIKE '%Huddersfield centre%'", $"area:{id}"));
    }

    [Fact]
    public async Task A_saved_hotspot_is_deleted_only_while_no_plan_uses_it()
    {
        using var police = await app.SignedIn("analyst.police");
        var used = await SavedHotspot(police, "Used by a plan");
        await app.Execute("""
            WITH g AS (INSERT INTO problem_groups (name, chair, created_by) VALUES ('Group', 'chair.council', 'chair.council') RETURNING id),
                p AS (INSERT INTO plans (group_id, title, created_by, updated_by) SELECT id, 'Plan', 'chair.council', 'chair.council' FROM g RETURNING id)
            INSERT INTO plan_areas (plan_id, area_id) SELECT id, $1 FROM p
            """, long.Parse(used));
        var (_, refused) = await police.Post($"mutation {{ deleteSavedHotspot(id: {used}) }}");
        Assert.Contains("used by a problem-solving plan", refused.FirstError());
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM areas WHERE id = $1", long.Parse(used)));

        await app.Execute("DELETE FROM plan_areas WHERE area_id = $1", long.Parse(used));
        using var council = await app.SignedIn("analyst.council");
        var (_, otherAgency) = await council.Post($"mutation {{ deleteSavedHotspot(id: {used}) }}");
        Assert.Contains("Only whoever saved", otherAgency.FirstError());
        Assert.True((await police.Data($"mutation {{ deleteSavedHotspot(id: {used}) }}"))["deleteSavedHotspot"]!.GetValue<bool>());
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM areas WHERE id = $1", long.Parse(used)));
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'delete saved hotspot' AND subject = $1", $"area:{used}"));
    }
}
