using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>What an import tells the person importing about other agencies' records, through /graphql as they would ask.</summary>
public sealed class ImportDisclosureTests(ImportDisclosureFixture app) : IClassFixture<ImportDisclosureFixture>
{
    private const string Preview = """
        mutation($file: Upload!, $options: ImportOptions) { previewImport(kind: INCIDENTS, file: $file, options: $options) {
          summary { read imported duplicates rejected linked dryRun } } }
        """;

    private const string Start = "mutation($file: Upload!) { startImport(kind: INCIDENTS, file: $file) { id } }";

    /// <summary>Probe rows: beside the police OFFICIAL-SENSITIVE cell, the health one, the police records council may see, and nowhere.</summary>
    private static string Probes(string prefix) => $"""
        date,type,age,easting,northing,ref
        2025-06-02,labour,adult,414540,416540,{prefix}-A
        2025-06-02,labour,adult,416230,418230,{prefix}-B
        2025-06-02,labour,adult,412530,414530,{prefix}-C
        2025-06-02,labour,adult,420000,420000,{prefix}-D
        """;

    [Fact]
    public async Task A_preview_links_and_counts_duplicates_only_against_records_the_analyst_may_see_in_full()
    {
        // Attack: an analyst previews made-up rows at guessed places and dates and reads "linked" to find other agencies' OFFICIAL-SENSITIVE records to within 50 m and a week.
        using var council = await app.SignedIn("analyst.council");
        var summary = Summary(await council.Upload(Preview, new { file = (object?)null }, "probe.csv", Probes("PV") + "\n2025-06-03,labour,adult,413000,415000,CO-0\n"));
        // Only the three police records shared with council count; the four and three OFFICIAL-SENSITIVE ones do not.
        Assert.Equal((5, 4, 1, 3), (summary["read"]!.GetValue<int>(), summary["imported"]!.GetValue<int>(),
            summary["duplicates"]!.GetValue<int>(), summary["linked"]!.GetValue<int>()));
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'PV-%'"));
    }

    [Fact]
    public async Task A_preview_is_audited_though_the_dry_run_writes_nothing()
    {
        // Attack: an analyst probes with as many previews as they like, and the dry run's rollback takes the audit entry with it, so no one can see it.
        using var council = await app.SignedIn("analyst.council");
        var before = await Previews();
        Assert.True(Summary(await council.Upload(Preview, new { file = (object?)null }, "audited.csv", Probes("AU")))["dryRun"]!.GetValue<bool>());
        Assert.Equal(before + 1, await Previews());
        var detail = JsonNode.Parse(await app.Scalar<string>(
            "SELECT detail::text FROM audit_log WHERE username = 'analyst.council' AND action = 'preview import' ORDER BY id DESC LIMIT 1"))!;
        Assert.Equal(("audited.csv", 4), (detail["FileName"]!.GetValue<string>(), detail["counts"]!["imported"]!.GetValue<int>()));
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'AU-%'"));
    }

    [Fact]
    public async Task A_real_import_links_across_agencies_but_tells_the_analyst_only_of_links_to_records_they_see_in_full()
    {
        // Attack: an analyst imports a probe row for real and reads the job's "linked" count to learn of OFFICIAL-SENSITIVE records beside it.
        using var council = await app.SignedIn("analyst.council");
        var id = (await council.Upload(Start, new { file = (object?)null }, "real.csv", Probes("RE")))["data"]!["startImport"]!["id"]!.GetValue<string>();
        var job = await Finished(council, id);
        Assert.Equal(("completed", 4, 3), (job["status"]!.GetValue<string>(), job["summary"]!["imported"]!.GetValue<int>(),
            job["summary"]!["linked"]!.GetValue<int>()));
        // The links themselves are made, so that each incident counts once: 4 police, 3 health and 3 shared records.
        Assert.Equal(10L, await app.Scalar<long>("SELECT count(*) FROM incident_links WHERE import_id = $1",
            long.Parse(job["summary"]!["importId"]!.GetValue<string>())));
    }

    [Fact]
    public async Task An_administrator_previewing_for_another_agency_is_not_told_which_of_its_records_exist()
    {
        // Attack: an administrator, who sees no agency's records in full, previews police references and a row beside health's records to learn which exist.
        using var admin = await app.SignedIn("admin.council");
        var summary = Summary(await admin.Upload(Preview, new { file = (object?)null, options = new { agency = "police" } }, "admin.csv", """
            date,type,age,easting,northing,ref
            2025-06-01,labour,adult,414510,416510,PS-0
            2025-06-02,labour,adult,414530,416530,PS-1
            2025-06-02,labour,adult,416230,418230,AD-B
            """));
        Assert.Equal((3, 3, 0, 0), (summary["read"]!.GetValue<int>(), summary["imported"]!.GetValue<int>(),
            summary["duplicates"]!.GetValue<int>(), summary["linked"]!.GetValue<int>()));
    }

    private Task<long> Previews() => app.Scalar<long>("SELECT count(*) FROM audit_log WHERE username = 'analyst.council' AND action = 'preview import'");

    private static JsonNode Summary(JsonObject body)
    {
        Assert.True(body["errors"] is null, $"GraphQL errors: {body["errors"]?.ToJsonString()}");
        return body["data"]!["previewImport"]!["summary"]!;
    }

    private static async Task<JsonNode> Finished(HttpClient client, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = (await client.Data("query($id: ID!) { importJob(id: $id) { status message summary { importId imported linked } } }", new { id }))["importJob"]!;
            if (job["status"]!.GetValue<string>() != "running") return job;
            await Task.Delay(100);
        }
        throw new TimeoutException("The import job did not finish in a minute.");
    }
}
