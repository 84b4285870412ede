using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>Who may add the partnership's shared boundaries and postcodes, and what signposts may be counted in, through /graphql.</summary>
public sealed class SharedAreaTests(ImportDisclosureFixture app) : IClassFixture<ImportDisclosureFixture>
{
    private const string Start = "mutation($file: Upload!, $options: ImportOptions) { startImport(kind: AREAS, file: $file, options: $options) { id } }";
    private const string Signposts = "query($a: ID) { incidentSignposts(areaId: $a) { owningAgency records { value } } }";

    /// <summary>A 20 m square round the second police OFFICIAL-SENSITIVE record, which alone of its cell's four it holds.</summary>
    private static string Tiny(string code) => $$$"""
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:27700"}},"features":[
         {"type":"Feature","properties":{"code":"{{{code}}}","name":"Round one record"},
          "geometry":{"type":"Polygon","coordinates":[[[414520,416520],[414540,416520],[414540,416540],[414520,416540],[414520,416520]]]}}]}
        """;

    [Theory]
    [InlineData("ward")]
    [InlineData("district")]
    [InlineData("lsoa")]
    [InlineData("WARD")]
    public async Task An_analyst_cannot_import_a_shared_boundary_and_nothing_is_written(string kind)
    {
        // Attack: an analyst loads a tiny polygon as a ward (or district or LSOA) so that incidentSignposts counts another agency's records within 20 m.
        using var council = await app.SignedIn("analyst.council");
        var before = await Areas();
        var body = await council.Upload(Start, new { file = (object?)null, options = new { areaKind = kind } }, "tiny.geojson", Tiny($"T-{kind}"));
        Assert.Contains("only administrators", body.FirstError());
        Assert.Equal(before, await Areas());
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM import_jobs WHERE started_by = 'analyst.council' AND kind = 'areas' AND file_name = 'tiny.geojson' AND status <> 'refused'"));
    }

    [Fact]
    public async Task An_analysts_imported_area_is_their_own_custom_area_and_signposts_are_not_counted_in_it()
    {
        // Attack: an analyst imports a tiny polygon without naming its kind, which made it a ward, then counts signposts in it.
        using var council = await app.SignedIn("analyst.council");
        var id = (await council.Upload(Start, new { file = (object?)null }, "mine.geojson", Tiny("MINE")))["data"]!["startImport"]!["id"]!.GetValue<string>();
        Assert.Equal("completed", (await Finished(council, id))["status"]!.GetValue<string>());
        var area = await app.Scalar<long>("SELECT id FROM areas WHERE code = 'MINE'");
        Assert.Equal("CUSTOM", (await council.Data($"{{ area(id: {area}) {{ kind }} }}"))["area"]!["kind"]!.GetValue<string>());
        var (_, refused) = await council.Post(Signposts, new { a = area });
        Assert.Contains("only in a district or ward", refused.FirstError());

        // An administrator's ward is shared: signposts are counted in it, as in the ward the fixture loaded.
        using var admin = await app.SignedIn("admin.council");
        var ward = (await admin.Upload(Start, new { file = (object?)null, options = new { areaKind = "ward" } }, "ward.geojson",
            Tiny("E05099999").Replace("Round one record", "Administrator's ward")))["data"]!["startImport"]!["id"]!.GetValue<string>();
        Assert.Equal("completed", (await Finished(admin, ward))["status"]!.GetValue<string>());
        Assert.Equal("ward", await app.Scalar<string>("SELECT kind FROM areas WHERE code = 'E05099999'"));
        var police = (await council.Data(Signposts, new { a = app.WardId }))["incidentSignposts"]!.AsArray()
            .Single(s => s!["owningAgency"]!.GetValue<string>() == "police")!;
        Assert.Equal(4, police["records"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_analyst_cannot_overwrite_the_shared_postcodes_and_nothing_is_written()
    {
        // Attack: an analyst moves a postcode in the shared table, so that every agency's postcode-only rows are placed where they choose.
        await app.Execute("INSERT INTO postcodes (postcode, location) VALUES ('HD1 2AA', ST_SetSRID(ST_MakePoint(414540, 416540), 27700)) ON CONFLICT DO NOTHING");
        var before = await Postcodes();
        using var council = await app.SignedIn("analyst.council");
        var body = await council.Upload("mutation($file: Upload!) { startImport(kind: POSTCODES, file: $file) { id } }", new { file = (object?)null },
            "hd.csv", "\"HD1 2AA\",10,420000,420000,\"E92000001\",\"E19000003\",\"E18000003\",\"\",\"E08000034\",\"E05001381\"\n");
        Assert.Contains("only administrators", body.FirstError());
        Assert.Equal(before, await Postcodes());
    }

    [Fact]
    public async Task Areas_an_analyst_imported_as_wards_before_this_rule_become_their_custom_areas()
    {
        // Attack: a tiny "ward" an analyst imported before the rule keeps placing signposts after it.
        var import = await app.Scalar<long>("""
            INSERT INTO imports (kind, file_name, sha256, agency, sensitivity, imported_by, started_at, status)
            VALUES ('areas', 'old.geojson', 'old', 'council', 'official', 'analyst.council', now(), 'completed') RETURNING id
            """);
        await app.Execute("""
            INSERT INTO import_jobs (kind, file_name, file_bytes, agency, started_by, status, finished_at, import_id)
            VALUES ('areas', 'old.geojson', 1, 'council', 'analyst.council', 'completed', now(), $1)
            """, import);
        var old = await app.Scalar<long>("""
            INSERT INTO areas (code, name, kind, boundary, import_id)
            VALUES ('OLD1', 'Round one record', 'ward', ST_Multi(ST_MakeEnvelope(414520, 416520, 414540, 416540, 27700)), $1) RETURNING id
            """, import);
        await app.Execute(Migration("0032_shared_areas_from_administrators.sql"));
        Assert.Equal(("custom", "ward"), (await app.Scalar<string>("SELECT kind FROM areas WHERE id = $1", old),
            await app.Scalar<string>("SELECT kind FROM areas WHERE id = $1", app.WardId)));
        var (_, refused) = await (await app.SignedIn("analyst.council")).Post(Signposts, new { a = old });
        Assert.Contains("only in a district or ward", refused.FirstError());
    }

    private static string Migration(string name)
    {
        var assembly = typeof(Hotspots.Database.Migrations).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal)))!;
        return new StreamReader(stream).ReadToEnd();
    }

    private Task<string> Areas() => app.Scalar<string>("SELECT count(*) || ':' || coalesce(md5(string_agg(a::text, ',' ORDER BY a.id)), '') FROM areas a");

    private Task<string> Postcodes() => app.Scalar<string>("SELECT coalesce(md5(string_agg(p::text, ',' ORDER BY p.postcode)), '') FROM postcodes p");

    private static async Task<JsonNode> Finished(HttpClient client, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = (await client.Data("query($id: ID!) { importJob(id: $id) { status message } }", new { id }))["importJob"]!;
            if (job["status"]!.GetValue<string>() != "running") return job;
            await Task.Delay(100);
        }
        throw new TimeoutException("The import job did not finish in a minute.");
    }
}
