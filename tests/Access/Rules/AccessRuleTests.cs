using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Rules;

/// <summary>The administrator changes the need-to-know rules through /graphql and the rules follow at once; no one else can.</summary>
public sealed class AccessRuleTests(NeedToKnowFixture app) : IClassFixture<NeedToKnowFixture>
{
    private const string Agreement = """
        mutation($a: SharingAgreementInput!) { saveSharingAgreement(agreement: $a) { reference fullAccessAgencies endsOn } }
        """;

    private static object Kmsp(string[] agencies, string? endsOn = null) => new
    {
        a = new { reference = "KMSP-ISA-2023-01", title = "Kirklees Modern Slavery Partnership ISA", lawfulBasis = "s115 Crime and Disorder Act 1998",
            fullAccessAgencies = agencies, endsOn },
    };

    private static async Task<int> Listed(HttpClient client) =>
        (await client.Data("{ incidents { totalCount } }"))["incidents"]!["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task Naming_an_agency_in_an_agreement_gives_its_analysts_the_full_official_records_and_ending_it_takes_them_away()
    {
        using var admin = await app.SignedIn("admin.council");
        using var council = await app.SignedIn("analyst.council");
        try
        {
            Assert.Equal(14, await Listed(council));
            await admin.Data(Agreement, Kmsp(["police"]));
            Assert.Equal(13, await Listed(council));
            Assert.Null((await council.Data($"{{ incident(id: {app.PoliceRecord}) {{ id }} }}"))["incident"]);
            await admin.Data(Agreement, Kmsp(["police", "council"]));
            Assert.Equal(14, await Listed(council));
            var ended = await admin.Data(Agreement, Kmsp(["police", "council"], "2020-12-31"));
            Assert.Equal("2020-12-31", ended["saveSharingAgreement"]!["endsOn"]!.GetValue<string>());
            Assert.Equal(13, await Listed(council));
            Assert.Equal(3, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'change sharing agreement' AND subject = 'agreement:KMSP-ISA-2023-01'"));
        }
        finally
        {
            await app.Execute("UPDATE sharing_agreements SET full_access_agencies = '{police,council}', ends_on = NULL");
        }
    }

    [Fact]
    public async Task Changing_the_grid_and_threshold_changes_the_cells_a_partner_sees()
    {
        using var admin = await app.SignedIn("admin.council");
        using var partner = await app.SignedIn("partner.housing");
        async Task<List<JsonNode>> Cells() => (await partner.Data("{ incidentMap { features } }"))["incidentMap"]!["features"]!["features"]!.AsArray()
            .Select(f => f!).ToList();
        async Task<string> At(double e, double n) => await app.Scalar<string>(
            "SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 27700), 4326), 6)::json ->> 'coordinates'", e, n);
        try
        {
            var cluster = (await Cells()).Single(c => c["properties"]!["label"]!.GetValue<string>() == "12");
            Assert.Equal(await At(420050, 420050), cluster["geometry"]!["coordinates"]!.ToJsonString());
            var changed = await admin.Data("mutation { setGeneralisation(generalisedCellMetres: 1000, suppressBelow: 20) { generalisedCellMetres suppressBelow } }");
            Assert.Equal(1000, changed["setGeneralisation"]!["generalisedCellMetres"]!.GetValue<int>());
            var cells = await Cells();
            Assert.DoesNotContain(cells, c => c["properties"]!["count"] is not null);
            Assert.All(cells, c => Assert.Equal("<20", c["properties"]!["label"]!.GetValue<string>()));
            Assert.Contains(await At(420500, 420500), cells.Select(c => c["geometry"]!["coordinates"]!.ToJsonString()));
            Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'change generalisation' AND username = 'admin.council'"));
        }
        finally
        {
            await app.Execute("UPDATE access_policy SET value = CASE key WHEN 'suppress_below' THEN 5 ELSE 100 END");
        }
    }

    [Fact]
    public async Task An_agencys_review_interval_decides_what_is_due_for_review()
    {
        using var admin = await app.SignedIn("admin.council");
        using var council = await app.SignedIn("analyst.council");
        try
        {
            await admin.Data("mutation { setAgencyPolicy(policy: { agency: \"council\", reviewMonths: 60, retentionMonths: 72, retentionAction: ANONYMISE }) { name } }");
            Assert.Equal(0, (await council.Data("{ dueForReview { totalCount } }"))["dueForReview"]!["totalCount"]!.GetValue<int>());
            var set = await admin.Data("mutation { setAgencyPolicy(policy: { agency: \"council\", reviewMonths: 1, retentionMonths: 24, retentionAction: DELETE }) { name retentionAction } }");
            Assert.Equal("DELETE", set["setAgencyPolicy"]!["retentionAction"]!.GetValue<string>());
            Assert.Equal(13, (await council.Data("{ dueForReview { totalCount } }"))["dueForReview"]!["totalCount"]!.GetValue<int>());
            var rules = await admin.Data("{ accessRules { agencies { agency reviewMonths retentionMonths retentionAction } generalisation { suppressBelow } } }");
            var policy = rules["accessRules"]!["agencies"]!.AsArray().Single(a => a!["agency"]!.GetValue<string>() == "council")!;
            Assert.Equal(24, policy["retentionMonths"]!.GetValue<int>());
        }
        finally
        {
            await app.Execute("UPDATE agencies SET review_months = 12, retention_months = 72, retention_action = 'anonymise'");
        }
    }

    [Theory]
    [InlineData("partner.housing")]
    [InlineData("analyst.police")]
    [InlineData("dpo.police")]
    [InlineData("chair.council")]
    [InlineData("enforcement.glaa")]
    public async Task Every_other_role_is_refused_and_nothing_changes(string account)
    {
        using var client = await app.SignedIn(account);
        foreach (var (query, variables) in new (string, object?)[]
        {
            ("{ accessRules { generalisation { suppressBelow } } }", null),
            (Agreement, Kmsp(["police", "council", "housing"])),
            ("mutation { setAgencyPolicy(policy: { agency: \"police\", reviewMonths: 1, retentionMonths: 1, retentionAction: DELETE }) { agency } }", null),
            ("mutation { setGeneralisation(generalisedCellMetres: 5000, suppressBelow: 100) { suppressBelow } }", null),
        })
            Assert.Equal("Only an administrator can see or change the access rules.", (await client.Post(query, variables)).Body.FirstError());
        Assert.Equal("{police,council}", await app.Scalar<string>("SELECT full_access_agencies::text FROM sharing_agreements"));
        Assert.Equal(100, await app.Scalar<int>("SELECT value FROM access_policy WHERE key = 'generalised_cell_metres'"));
        Assert.Equal(72, await app.Scalar<int>("SELECT retention_months FROM agencies WHERE code = 'police'"));
    }

    [Theory]
    [InlineData("mutation { setGeneralisation(generalisedCellMetres: 10, suppressBelow: 5) { suppressBelow } }", "grid cell must be 100 to 5000 metres (was 10)")]
    [InlineData("mutation { setGeneralisation(generalisedCellMetres: 100, suppressBelow: 2) { suppressBelow } }", "withheld below 5 to 100 (was 2)")]
    [InlineData("mutation { setAgencyPolicy(policy: { agency: \"police\", reviewMonths: 24, retentionMonths: 12, retentionAction: DELETE }) { agency } }", "exceeds retention of 12")]
    [InlineData("mutation { setAgencyPolicy(policy: { agency: \"nobody\", reviewMonths: 1, retentionMonths: 12, retentionAction: DELETE }) { agency } }", "There is no agency nobody")]
    [InlineData("mutation { saveSharingAgreement(agreement: { reference: \"KMSP-ISA-2023-01\", title: \"t\", lawfulBasis: \"consent\", fullAccessAgencies: [\"council\", \"acme\"] }) { reference } }", "There is no agency acme")]
    [InlineData("mutation { saveSharingAgreement(agreement: { reference: \"KMSP-ISA-2023-01\", title: \"t\", lawfulBasis: \" \", fullAccessAgencies: [] }) { reference } }", "needs the lawful basis")]
    [InlineData("mutation { saveSharingAgreement(agreement: { reference: \"NEW\", title: \"t\", lawfulBasis: \"consent\", fullAccessAgencies: [], startsOn: \"2026-02-01\", endsOn: \"2026-01-01\" }) { reference } }", "cannot end (2026-01-01) before it starts")]
    public async Task Bad_rules_are_refused_with_a_reason_and_nothing_is_written(string mutation, string reason)
    {
        using var admin = await app.SignedIn("admin.council");
        var before = await app.Scalar<string>(Snapshot);
        Assert.Contains(reason, (await admin.Post(mutation)).Body.FirstError());
        Assert.Equal(before, await app.Scalar<string>(Snapshot));
    }

    private const string Snapshot = """
        SELECT (SELECT json_agg(s ORDER BY reference) FROM sharing_agreements s)::text || (SELECT json_agg(p ORDER BY key) FROM access_policy p)::text
            || (SELECT json_agg(a ORDER BY code) FROM agencies a)::text
            || (SELECT count(*) FROM audit_log WHERE action LIKE 'change %')
        """;
}
