using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access;

public sealed class NeedToKnowTests(NeedToKnowFixture app) : IClassFixture<NeedToKnowFixture>
{
    // What each demo account may see: incidents listed in full, whether the police and health records open, and
    // how many records the map shows individually. Enforcement officers see only incidents linked to operations they
    // are on (none here; VisitPlanTests covers a linked one).
    public static TheoryData<string, int, bool, bool, int> Matrix => new()
    {
        // account,              listed, police, health, full on map
        { "analyst.police",      1,      true,   false,  1 },
        { "analyst.council",     14,     true,   false,  14 },
        { "partner.health",      0,      false,  false,  0 },
        { "partner.housing",     0,      false,  false,  0 },
        { "enforcement.council", 0,      false,  false,  0 },
        { "chair.council",       0,      false,  false,  0 },
        { "admin.council",       0,      false,  false,  0 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_and_agency_sees_exactly_what_the_rules_allow(string account, int listed, bool police, bool health, int fullOnMap)
    {
        using var client = await app.SignedIn(account);
        var data = await client.Data($$"""
            { incidents(first: 100) { totalCount edges { node { id sourceReference } } }
              police: incident(id: {{app.PoliceRecord}}) { id sourceReference }
              health: incident(id: {{app.HealthSensitiveRecord}}) { id }
              incidentMap { fullRecords generalisedRecords { value display } } }
            """);
        Assert.Equal(listed, data["incidents"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(police, data["police"] is not null);
        Assert.Equal(health, data["health"] is not null);
        Assert.Equal(fullOnMap, data["incidentMap"]!["fullRecords"]!.GetValue<int>());
    }

    [Fact]
    public async Task Partners_see_counts_in_100_m_cells_with_small_numbers_withheld()
    {
        using var client = await app.SignedIn("partner.housing");
        var map = (await client.Data("{ incidentMap { generalisedRecords { value display } features } }"))["incidentMap"]!;
        var cells = map["features"]!["features"]!.AsArray().Select(f => f!["properties"]!).ToList();
        Assert.All(cells, p => Assert.Equal("incidentCell", p!["kind"]!.GetValue<string>()));
        Assert.Contains(cells, p => p!["label"]!.GetValue<string>() == "12");
        Assert.Contains(cells, p => p!["label"]!.GetValue<string>() == "<5" && p["count"] is null);
        Assert.DoesNotContain(cells, p => p!["count"] is JsonValue v && v.GetValue<int>() < 5);
        // The total is what the map shows: the cell of 12 council records; the withheld cells (a lone council and a lone
        // police record) add nothing, and the health record is a signpost, not counted.
        Assert.Equal("12", map["generalisedRecords"]!["display"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_partner_cannot_find_a_lone_record_by_narrowing_or_differencing_windows()
    {
        using var client = await app.SignedIn("partner.housing");
        async Task<(string Total, List<string> Cells)> Window(double minX, double minY, double maxX, double maxY)
        {
            var map = (await client.Data("query($b: BoundingBox) { incidentMap(filter: { boundingBox: $b }) { generalisedRecords { display } features } }",
                new { b = new { minX, minY, maxX, maxY, crs = "BRITISH_NATIONAL_GRID" } }))["incidentMap"]!;
            return (map["generalisedRecords"]!["display"]!.GetValue<string>(),
                map["features"]!["features"]!.AsArray().Select(f => f!["properties"]!["label"]!.GetValue<string>()).ToList());
        }
        // The lone record is at (421234, 421987): a window around its exact spot and one that only just misses it
        // answer the same, because generalised records are matched on their cell (centre 421250, 421950), not their spot.
        var around = await Window(421230, 421980, 421240, 421990);
        var justMissing = await Window(421236, 421980, 421299, 421990);
        Assert.Equal(around.Total, justMissing.Total);
        Assert.Equal(around.Cells, justMissing.Cells);
        Assert.Equal(["<5"], (await Window(421240, 421940, 421260, 421960)).Cells);
        // The whole district and the district without that cell differ by a rounded total, never by 1.
        var all = await Window(401000, 402000, 428000, 427500);
        var withoutCell = await Window(401000, 402000, 421200, 427500);
        Assert.Equal(0, (int.Parse(all.Total) - int.Parse(withoutCell.Total)) % 5);
    }

    [Fact]
    public async Task Break_glass_opens_one_record_for_a_stated_reason_and_is_audited()
    {
        using var client = await app.SignedIn("partner.health");
        var (_, refused) = await client.Post($"mutation {{ breakGlass(incidentId: {app.PoliceRecord}, reason: \"need it\") {{ id }} }}");
        Assert.Contains("at least 20 characters", refused.FirstError());
        var opened = await client.Data($"mutation {{ breakGlass(incidentId: {app.PoliceRecord}, reason: \"Safeguarding referral for a patient seen in A&E today\") {{ id sourceReference }} }}");
        Assert.Equal(app.PoliceRecord.ToString(), opened["breakGlass"]!["id"]!.GetValue<string>());
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'break-glass' AND username = 'partner.health' AND reason LIKE 'Safeguarding%'"));
    }

    [Fact]
    public async Task The_audit_log_refuses_updates_and_deletes()
    {
        using var client = await app.SignedIn("analyst.police");
        await client.Data($"{{ incident(id: {app.PoliceRecord}) {{ id }} }}");
        Assert.True(await app.Scalar<long>($"SELECT count(*) FROM audit_log WHERE action = 'read incident' AND subject = 'incident:{app.PoliceRecord}'") >= 1);
        foreach (var change in new[] { "UPDATE audit_log SET username = 'someone else'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            // The server's own role has no right to change it...
            var asServer = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => app.Execute(change));
            Assert.Equal("42501", asServer.SqlState);
            // ...and even the owner is stopped by the table's triggers.
            await using var owner = Hotspots.Database.DatabaseServices.CreateDataSource(app.ConnectionString, role: null);
            var asOwner = await Assert.ThrowsAsync<Npgsql.PostgresException>(async () => await owner.CreateCommand(change).ExecuteNonQueryAsync());
            Assert.Contains("append-only", asOwner.MessageText);
        }
    }
}
