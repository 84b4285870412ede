using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace Hotspots.Tests.Imports.Api;

/// <summary>The real server on Kestrel, with a 1 MB upload limit so the limit can be tested with a small file.</summary>
public sealed class ImportApp : HotspotsApp
{
    protected override bool OnKestrel => true;
    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Hotspots:Imports:MaxUploadMB", "1");
}

public sealed class ImportApiTests(ImportApp app) : IClassFixture<ImportApp>
{
    private const string Start = """
        mutation($kind: ImportKind!, $file: Upload!, $options: ImportOptions) {
          startImport(kind: $kind, file: $file, options: $options) { id status agency }
        }
        """;

    private static string File(string prefix) => $"""
        date,type,age,easting,northing,ref
        2025-03-04,labour,adult,414541,416892,{prefix}1
        31/02/2025,labour,adult,414541,416892,{prefix}2
        2025-03-05,sexual,child,414600,416900,{prefix}3
        """;

    [Fact]
    public async Task A_preview_shows_the_first_rows_the_guessed_columns_and_what_would_happen_without_writing()
    {
        using var client = await app.SignedIn("analyst.police");
        var body = await client.Upload("""
            mutation($file: Upload!) { previewImport(kind: INCIDENTS, file: $file) {
              columns firstRows guessedMapping { field column }
              summary { read imported duplicates rejected dryRun firstProblems { line reason } } } }
            """, new { file = (object?)null }, "partner.csv", File("PV"));
        var preview = Data(body)["previewImport"]!;
        Assert.Equal("date", preview["columns"]![0]!.GetValue<string>());
        Assert.Equal("31/02/2025", preview["firstRows"]![1]![0]!.GetValue<string>());
        Assert.Contains(preview["guessedMapping"]!.AsArray(), g => g!["field"]!.GetValue<string>() == "source_reference" && g["column"]!.GetValue<string>() == "ref");
        var summary = preview["summary"]!;
        Assert.Equal((3, 2, 1, true), (summary["read"]!.GetValue<int>(), summary["imported"]!.GetValue<int>(), summary["rejected"]!.GetValue<int>(), summary["dryRun"]!.GetValue<bool>()));
        Assert.Contains("not a real date", summary["firstProblems"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'PV%'"));
    }

    [Fact]
    public async Task An_analyst_starts_an_import_follows_it_and_downloads_the_rejected_rows()
    {
        using var client = await app.SignedIn("analyst.police");
        var job = Data(await client.Upload(Start, new { kind = "INCIDENTS", file = (object?)null }, "partner.csv", File("ST")))["startImport"]!;
        Assert.Equal("police", job["agency"]!.GetValue<string>());
        var done = await Finished(client, job["id"]!.GetValue<string>());
        Assert.Equal("completed", done["status"]!.GetValue<string>());
        Assert.Equal(3, done["rowsRead"]!.GetValue<int>());
        var importId = done["summary"]!["importId"]!.GetValue<string>();
        Assert.Equal(2, done["summary"]!["imported"]!.GetValue<int>());

        var rejected = (await client.Data($"{{ rejectedRows(importId: {importId}) {{ line reason source }} }}"))["rejectedRows"]!.AsArray();
        Assert.Equal(3, Assert.Single(rejected)!["line"]!.GetValue<int>());
        Assert.StartsWith("31/02/2025", rejected[0]!["source"]!.GetValue<string>());

        var csv = await client.GetStringAsync($"/imports/{importId}/rejected.csv");
        Assert.StartsWith($"# OFFICIAL: rows rejected from import {importId};", csv);
        Assert.Contains("\nline,reason,source", csv);
        Assert.Contains("\n3,", csv);
        Assert.Contains("not a real date", csv);
        Assert.True(await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'read rejected rows' AND subject = $1", $"import:{importId}") >= 2);

        using var partner = await app.SignedIn("partner.health");
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/imports/{importId}/rejected.csv")).StatusCode);
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/imports/{importId}/rejected.csv")).StatusCode);
        Assert.Equal(2L, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'ST%' AND source_agency = 'police'"));
    }

    [Fact]
    public async Task Only_analysts_and_administrators_import_and_only_administrators_for_another_agency()
    {
        using var partner = await app.SignedIn("partner.health");
        Assert.Contains("Only analysts and administrators",
            (await partner.Upload(Start, new { kind = "INCIDENTS", file = (object?)null }, "a.csv", File("P"))).FirstError());
        using var analyst = await app.SignedIn("analyst.police");
        Assert.Contains("ask an administrator", (await analyst.Upload(Start,
            new { kind = "INCIDENTS", file = (object?)null, options = new { agency = "council" } }, "a.csv", File("Q"))).FirstError());
        using var admin = await app.SignedIn("admin.council");
        var job = Data(await admin.Upload(Start, new { kind = "INCIDENTS", file = (object?)null, options = new { agency = "health" } }, "a.csv", File("AD")))["startImport"]!;
        Assert.Equal("health", job["agency"]!.GetValue<string>());
        Assert.Equal("completed", (await Finished(admin, job["id"]!.GetValue<string>()))["status"]!.GetValue<string>());
        Assert.Equal(2L, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'AD%' AND source_agency = 'health'"));
    }

    [Fact]
    public async Task A_file_over_the_upload_limit_is_refused_saying_the_limit()
    {
        using var client = await app.SignedIn("analyst.police");
        var big = "date,type,age,easting,northing,ref\n" + string.Concat(Enumerable.Range(0, 40_000).Select(i => $"2025-03-04,labour,adult,414541,416892,BIG{i}\n"));
        var error = (await client.Upload(Start, new { kind = "INCIDENTS", file = (object?)null }, "big.csv", big)).FirstError();
        Assert.Contains("over the upload limit of 1 MB", error);
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'BIG%'"));
    }

    [Fact]
    public async Task A_saved_profile_maps_the_columns_of_a_later_import()
    {
        using var client = await app.SignedIn("analyst.police");
        await client.Data("""
            mutation { saveImportProfile(name: "niche", columns: [{ field: "occurred_from", column: "When" }, { field: "exploitation_type", column: "Kind" }],
                                         values: [{ field: "exploitation_type", from: "CSE", to: "child_sexual_exploitation" }]) { name } }
            """);
        var profiles = (await client.Data("{ importProfiles { name columns { field column } values { from to } } }"))["importProfiles"]!.AsArray();
        Assert.Equal("When", Assert.Single(profiles)!["columns"]![0]!["column"]!.GetValue<string>());
        const string text = "When,Kind,easting,northing,ref\n2025-03-04,CSE,414541,416892,PR1\n";
        var job = Data(await client.Upload(Start, new { kind = "INCIDENTS", file = (object?)null, options = new { profile = "niche" } }, "niche.csv", text))["startImport"]!;
        var done = await Finished(client, job["id"]!.GetValue<string>());
        Assert.Equal(1, done["summary"]!["imported"]!.GetValue<int>());
        Assert.Equal("child_sexual_exploitation", await app.Scalar<string>("SELECT exploitation_type FROM incidents WHERE source_reference = 'PR1'"));
        using var partner = await app.SignedIn("partner.housing");
        Assert.Contains("Only administrators and", (await partner.Post("{ importProfiles(agency: \"police\") { name } }")).Body.FirstError());
    }

    private static async Task<JsonNode> Finished(HttpClient client, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = (await client.Data("query($id: ID!) { importJob(id: $id) { status rowsRead message summary { importId imported rejected } } }", new { id }))["importJob"]!;
            if (job["status"]!.GetValue<string>() != "running") return job;
            await Task.Delay(100);
        }
        throw new TimeoutException("The import job did not finish in a minute.");
    }

    private static JsonNode Data(JsonObject body)
    {
        Assert.True(body["errors"] is null, $"GraphQL errors: {body["errors"]?.ToJsonString()}");
        return body["data"]!;
    }
}
