using System.Text;
using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports.Jobs;

/// <summary>Import jobs kept in the database, across a real restart of the server process.</summary>
public sealed class ImportJobRestartTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const string Start = """
        mutation($kind: ImportKind!, $file: Upload!) { startImport(kind: $kind, file: $file) { id status } }
        """;

    private const string Job = """
        query($id: ID!) { importJob(id: $id) { id status phase rowsRead fractionRead fileName startedBy startedAt finishedAt message
          summary { importId read imported rejected } } }
        """;

    [Fact]
    public async Task A_finished_job_survives_a_restart_and_one_cut_short_by_a_kill_shows_as_failed_and_rolled_back()
    {
        // A district already there: the server then seeds the demo accounts without loading the demo files.
        await db.Execute("INSERT INTO areas (code, name, kind, boundary) VALUES ('E08000034', 'Kirklees', 'district', ST_Multi(ST_MakeEnvelope(401000, 402000, 428000, 427500, 27700)))");
        string finishedId, cutShortId;
        await using (var server = await ServerProcess.Start(db.ConnectionString, ("Hotspots:LoadDemoData", "true")))
        {
            using var client = await server.SignedIn("analyst.police");
            finishedId = Id(await client.Upload(Start, new { kind = "INCIDENTS", file = (object?)null }, "small.csv", """
                date,type,age,easting,northing,ref
                2025-03-04,labour,adult,414541,416892,RS1
                31/02/2025,labour,adult,414541,416892,RS2
                2025-03-05,sexual,child,414600,416900,RS3
                """));
            Assert.Equal("completed", (await Until(client, finishedId, j => j["status"]!.GetValue<string>() != "running"))["status"]!.GetValue<string>());

            cutShortId = Id(await client.Upload(Start, new { kind = "INCIDENTS", file = (object?)null }, "large.csv", Rows("RK", 300_000)));
            var reading = await Until(client, cutShortId, j => j["rowsRead"]!.GetValue<int>() > 0 || j["status"]!.GetValue<string>() != "running");
            Assert.Equal("running", reading["status"]!.GetValue<string>());
            Assert.InRange(reading["fractionRead"]!.GetValue<double>(), 0.0, 0.99);
            await server.Kill();
        }
        Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'RK%'"));

        await using (var server = await ServerProcess.Start(db.ConnectionString, ("Hotspots:LoadDemoData", "true")))
        {
            using var client = await server.SignedIn("analyst.police");
            var finished = (await client.Data(Job, new { id = finishedId }))["importJob"]!;
            Assert.Equal(("completed", 3, 2, "small.csv", "analyst.police"), (finished["status"]!.GetValue<string>(), finished["summary"]!["read"]!.GetValue<int>(),
                finished["summary"]!["imported"]!.GetValue<int>(), finished["fileName"]!.GetValue<string>(), finished["startedBy"]!.GetValue<string>()));
            Assert.NotNull(finished["finishedAt"]!.GetValue<string>());

            var cutShort = (await client.Data(Job, new { id = cutShortId }))["importJob"]!;
            Assert.Equal("failed", cutShort["status"]!.GetValue<string>());
            Assert.Equal("interrupted", cutShort["phase"]!.GetValue<string>());
            Assert.Contains("rolled back: nothing from the file was written", cutShort["message"]!.GetValue<string>());
            Assert.Null(cutShort["summary"]);
            var listed = (await client.Data("{ importJobs { id status } }"))["importJobs"]!.AsArray();
            Assert.Equal([cutShortId, finishedId], listed.Select(j => j!["id"]!.GetValue<string>()));

            using var partner = await server.SignedIn("partner.health");
            Assert.Null((await partner.Data(Job, new { id = finishedId }))["importJob"]);
            Assert.Empty((await partner.Data("{ importJobs { id } }"))["importJobs"]!.AsArray());
        }
        Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'RK%'"));
        Assert.Equal(2L, await db.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'RS%'"));
        Assert.Equal(1L, await db.Scalar<long>("SELECT count(*) FROM imports"));
    }

    private static string Rows(string prefix, int count)
    {
        var text = new StringBuilder("date,type,age,easting,northing,ref\n");
        for (var i = 0; i < count; i++) text.Append($"2025-03-{i % 28 + 1:00},labour,adult,{414000 + i % 900},{416000 + i % 700},{prefix}{i}\n");
        return text.ToString();
    }

    private static string Id(JsonObject body)
    {
        Assert.True(body["errors"] is null, $"GraphQL errors: {body["errors"]?.ToJsonString()}");
        return body["data"]!["startImport"]!["id"]!.GetValue<string>();
    }

    private static async Task<JsonNode> Until(HttpClient client, string id, Func<JsonNode, bool> done)
    {
        for (var i = 0; i < 1200; i++)
        {
            var job = (await client.Data(Job, new { id }))["importJob"]!;
            if (done(job)) return job;
            await Task.Delay(100);
        }
        throw new TimeoutException("The import job did not get there in two minutes.");
    }
}
