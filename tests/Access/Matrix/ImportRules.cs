using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// Imports. Own: the viewer's agency (its profile, or the import an administrator ran for it); Other: another agency
/// (police, or council for police viewers). Each file has three rows, one of them rejected.
/// </summary>
public static class ImportRules
{
    private static string Agency(Probe p) => p.Relation == Relation.Own ? p.Agency : p.Agency == "police" ? "council" : "police";

    private const string Managers = """
        own other
        admin.council  full    full
        analyst.*      full    refused
        *              refused refused
        """;

    /// <summary>Jobs and rejected rows: administrators, and analysts of the import's agency; to anyone else there is none.</summary>
    private const string OfTheAgency = """
        own other
        admin.council  full    full
        analyst.*      full    empty
        *              empty   empty
        """;

    private const string Start = "mutation($file: Upload!, $options: ImportOptions) { startImport(kind: INCIDENTS, file: $file, options: $options) { id } }";
    private const string NotAnImporter = "role=Only analysts and administrators can import data|agency=ask an administrator";

    public static string File(string prefix) => $"""
        date,type,age,easting,northing,ref
        2025-03-04,labour,adult,414541,416892,{prefix}1
        31/02/2025,labour,adult,414541,416892,{prefix}2
        2025-03-05,sexual,child,414600,416900,{prefix}3
        """;

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("importProfiles", Managers, p => p.Ask("query($a: String) { importProfiles(agency: $a) { name } }", new { a = Agency(p) }, d => "full"), "Only administrators and"),
        new("importJob", OfTheAgency, p => p.Ask("query($id: ID!) { importJob(id: $id) { agency rowsRead } }", new { id = p.App.Jobs[Agency(p)].JobId },
            d => Answers.Present(d["importJob"], "rowsRead", "3"))),
        new("importJobs", OfTheAgency, p => p.Ask("{ importJobs(first: 100) { id } }", null, d => Answers.Lists(d["importJobs"], p.App.Jobs[Agency(p)].JobId))),
        new("rejectedRows", OfTheAgency, p => p.Ask($"{{ rejectedRows(importId: {p.App.Jobs[Agency(p)].ImportId}) {{ line source }} }}", null,
            d => d["rejectedRows"] is JsonArray { Count: 1 } rows && rows[0]!["line"]!.GetValue<int>() == 3 ? "full" : Answers.Present(d["rejectedRows"]))),
        new("GET /imports/{id}/rejected.csv", OfTheAgency, async p =>
        {
            using var response = await p.Client.GetAsync($"/imports/{p.App.Jobs[Agency(p)].ImportId}/rejected.csv");
            if (response.StatusCode is System.Net.HttpStatusCode.NotFound) return "empty";
            return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("31/02/2025") ? "full" : $"refused: {(int)response.StatusCode}";
        }),
        new("previewImport", """
            own other
            admin.council  full          full
            analyst.*      full          refused:agency
            *              refused:role  refused:role
            """, async p => Read(await p.Client.Upload("mutation($file: Upload!, $options: ImportOptions) { previewImport(kind: INCIDENTS, file: $file, options: $options) { summary { read rejected } } }",
            new { file = (object?)null, options = new { agency = Agency(p) } }, "matrix.csv", File($"PV-{p.Account}-{p.Relation}-")),
            d => d["previewImport"]!["summary"]!["read"]!.GetValue<int>() == 3 ? "full" : "wrong summary"), NotAnImporter),

        new("saveImportProfile", Managers.Replace("full", "done"), p => p.Ask(
            "mutation($a: String) { saveImportProfile(agency: $a, name: \"niche\", columns: [{ field: \"occurred_from\", column: \"When\" }]) { name } }",
            new { a = Agency(p) }, d => Answers.Done(d["saveImportProfile"])), "Only administrators and", Changes: true),
        new("startImport", """
            own other
            admin.council  done          done
            analyst.*      done          refused:agency
            *              refused:role  refused:role
            """, async p =>
        {
            var answer = await p.Client.Upload(Start, new { file = (object?)null, options = new { agency = Agency(p) } }, "matrix.csv", File($"ST-{p.Account}-{p.Relation}-"));
            if (Read(answer, d => d["startImport"]!["id"]!.GetValue<string>()) is var id && id.StartsWith("refused", StringComparison.Ordinal)) return id;
            // The import runs on after the answer: wait for it, so the next cell's database check sees only that cell.
            await p.App.Finished(p.Client, id);
            return "done";
        }, NotAnImporter, Changes: true),
        Shared("startImport AREAS of a shared kind", "AREAS", new { areaKind = "ward" }, p => $$$"""
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:27700"}},"features":[{"type":"Feature",
             "properties":{"code":"W-{{{p.Account}}}","name":"Ward"},"geometry":{"type":"Polygon","coordinates":[[[414500,416500],[414520,416500],[414520,416520],[414500,416500]]]}}]}
            """),
        Shared("startImport POSTCODES", "POSTCODES", null, p => $"\"HD1 1AA\",10,414510,416510,\"E92000001\",\"\",\"\",\"\",\"E08000034\",\"{p.Account}\"\n"),
    ];

    /// <summary>
    /// Starts an import of a shared kind (wards, postcodes) and waits for it: only administrators load what every
    /// agency's signposts and postcode-only rows depend on.
    /// </summary>
    private static FieldRule Shared(string field, string kind, object? options, Func<Probe, string> file) => new(field, """
        any
        admin.council  done
        analyst.*      refused:shared
        *              refused:role
        """, async p =>
    {
        var answer = await p.Client.Upload($"mutation($file: Upload!, $options: ImportOptions) {{ startImport(kind: {kind}, file: $file, options: $options) {{ id }} }}",
            new { file = (object?)null, options }, "shared.txt", file(p));
        if (Read(answer, d => d["startImport"]!["id"]!.GetValue<string>()) is var id && id.StartsWith("refused", StringComparison.Ordinal)) return id;
        return (await p.App.Finished(p.Client, id))["status"]!.GetValue<string>() == "completed" ? "done" : "not completed";
    }, "role=Only analysts and administrators can import data|shared=only administrators import", Changes: true);

    private static string Read(JsonObject body, Func<JsonNode, string> read) =>
        body["errors"] is JsonArray { Count: > 0 } errors ? "refused: " + errors[0]!["message"]!.GetValue<string>() : read(body["data"]!);
}
