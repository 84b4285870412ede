using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access;

/// <summary>
/// Each answer says the highest marking of what it shows: OFFICIAL-SENSITIVE only when such a record is in it in full;
/// counts and signposts are OFFICIAL.
/// </summary>
public sealed class ClassificationTests(NeedToKnowFixture app) : IClassFixture<NeedToKnowFixture>
{
    private static async Task<(string List, string Map, string Run)> Seen(HttpClient client)
    {
        var data = await client.Data("{ incidents { classification } incidentMap { classification } }");
        var run = await client.Data("mutation { runAnalysis(request: { method: DBSCAN, eps: 500, minPoints: 2 }) { classification } }");
        return (data["incidents"]!["classification"]!.GetValue<string>(), data["incidentMap"]!["classification"]!.GetValue<string>(),
            run["runAnalysis"]!["classification"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lists_maps_and_analyses_are_marked_with_the_highest_marking_seen_in_full()
    {
        using var police = await app.SignedIn("analyst.police");
        using var council = await app.SignedIn("analyst.council");
        using var partner = await app.SignedIn("partner.housing");
        Assert.Equal(("OFFICIAL", "OFFICIAL", "OFFICIAL"), await Seen(police));

        await app.Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            VALUES (ST_SetSRID(ST_MakePoint(414530, 416550), 27700), '2025-06-02Z', 'sexual', 'child', 'police', 'OS-1', 'exact',
                'official_sensitive', 'KMSP-ISA-2023-01')
            """);
        Assert.Equal(("OFFICIAL_SENSITIVE", "OFFICIAL_SENSITIVE", "OFFICIAL_SENSITIVE"), await Seen(police));
        // The council analyst sees the police OFFICIAL record in full but the sensitive one only as a signpost.
        Assert.Equal(("OFFICIAL", "OFFICIAL", "OFFICIAL"), await Seen(council));
        Assert.Equal("OFFICIAL", (await partner.Data("{ incidentMap { classification } }"))["incidentMap"]!["classification"]!.GetValue<string>());
        Assert.Equal("OFFICIAL", (await partner.Data("mutation { runAnalysis(request: { method: DBSCAN, eps: 500, minPoints: 2 }) { classification } }"))
            ["runAnalysis"]!["classification"]!.GetValue<string>());
    }
}
