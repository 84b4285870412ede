using System.Text.Json.Nodes;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// Incidents on every path out. Own: an OFFICIAL record of the viewer's agency; Other: an OFFICIAL record of another
/// agency (police, or council for police viewers), shared under the agreement naming police and council; Sensitive: an
/// OFFICIAL-SENSITIVE record of another agency (health, or police for health). enforcement.glaa is on the police
/// operation, which links the police record; enforcement.council on the council one, which links the council record.
/// </summary>
public static class IncidentRules
{
    public static long Record(Probe p) => p.Relation switch
    {
        Relation.Own => p.App.Official[p.Agency],
        Relation.Other => p.App.Official[p.Agency == "police" ? "council" : "police"],
        _ => p.App.Sensitive[p.Agency == "health" ? "police" : "health"],
    };

    private static string Agency(Probe p) => p.Relation switch
    {
        Relation.Own => p.Agency,
        Relation.Other => p.Agency == "police" ? "council" : "police",
        _ => p.Agency == "health" ? "police" : "health",
    };

    /// <summary>The record's own 100 m cell, in British National Grid: nothing else lies in it.</summary>
    public static object Cell(Probe p)
    {
        var (e, n) = Corner(p);
        return new { minX = e, minY = n, maxX = e + 100, maxY = n + 100, crs = "BRITISH_NATIONAL_GRID" };
    }

    private static (double E, double N) Corner(Probe p) =>
        (410000 + Array.IndexOf(NeedToKnowMatrixFixture.Agencies, Agency(p)) * 1000, p.Relation == Relation.Sensitive ? 412000 : 410000);

    private const string SeenInFull = """
        own   other sensitive
        analyst.*             full  full  empty
        enforcement.council   full  empty empty
        enforcement.glaa      empty full  empty
        *                     empty empty empty
        """;

    public const string OnTheMap = """
        own   other sensitive
        analyst.*             full  full  empty
        enforcement.council   full  empty empty
        enforcement.glaa      empty full  empty
        *                     <5    <5    empty
        """;

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("incident", SeenInFull, p => p.Ask($"{{ incident(id: {Record(p)}) {{ id sourceReference }} }}", null,
            d => Answers.Present(d["incident"], "sourceReference", $"{Agency(p)}-REF-{(p.Relation == Relation.Sensitive ? "official_sensitive" : "official")}"))),
        new("incidents", SeenInFull, p => p.Ask("query($b: BoundingBox) { incidents(filter: { boundingBox: $b }) { totalCount edges { node { id victimAgeGroup } } } }",
            new { b = Cell(p) }, d => d["incidents"]!["totalCount"]!.GetValue<int>() switch
            {
                0 => "empty",
                1 when d["incidents"]!["edges"]![0]!["node"]!["id"]!.ToString() == Record(p).ToString() => "full",
                var n => $"{n} records",
            })),
        new("incidentMap", OnTheMap, p => p.Ask("query($b: BoundingBox) { incidentMap(filter: { boundingBox: $b }) { fullRecords generalisedRecords { value display } features } }",
            new { b = Cell(p) }, d => Map(d["incidentMap"]!))),
        new("GET /tiles/incidents", OnTheMap, Tile),
        new("GET /ogc/collections/{incidents,counted-cells}/items", OnTheMap, Ogc),
        new("dueForReview", """
            own   other sensitive
            analyst.*            full  empty empty
            enforcement.council  full  empty empty
            *                    empty empty empty
            """, p => p.Ask("{ dueForReview(first: 1000) { edges { node { id } } } }", null,
            d => Answers.Lists(new JsonArray([.. d["dueForReview"]!["edges"]!.AsArray().Select(e => e!["node"]!.DeepClone())]), Record(p).ToString()))),
    ];

    private static string Map(JsonNode map)
    {
        var full = map["fullRecords"]!.GetValue<int>();
        var display = map["generalisedRecords"]!["display"]!.GetValue<string>();
        var cells = map["features"]!["features"]!.AsArray().Where(f => f!["properties"]!["kind"]!.GetValue<string>() == "incidentCell").ToList();
        return (full, display, cells.Count) switch
        {
            (1, "0", 0) => "full",
            // A withheld cell is drawn "<5" and adds nothing to the total (docs/disclosure-control.md).
            (0, "0", 1) when cells[0]!["properties"]!["label"]!.GetValue<string>() == "<5" && cells[0]!["properties"]!["count"] is null => "<5",
            (0, "0", 0) => "empty",
            _ => $"full {full}, generalised {display}, cells {cells.Count}",
        };
    }

    private static async Task<string> Tile(Probe p)
    {
        var (e, n) = Corner(p);
        var address = await TileAddress.Of(p.App, e + 50, n + 50, 16);
        using var response = await p.Client.GetAsync($"/tiles/incidents/{address}.mvt");
        if (!response.IsSuccessStatusCode) return $"refused: {(int)response.StatusCode}";
        var tile = Hotspots.Tests.Api.VectorTile.Read(await response.Content.ReadAsByteArrayAsync());
        var (points, cells) = (tile.Layer("incidents"), tile.Layer("incidentCells"));
        return (points.Count, cells.Count) switch
        {
            (1, 0) when points[0].Id == (ulong)Record(p) => "full",
            (0, 1) when cells[0].Properties.TryGetValue("label", out var label) && label.ToString() == "<5" && !cells[0].Properties.ContainsKey("count") => "<5",
            (0, 0) => "empty",
            var (f, c) => $"{f} points, {c} cells: {string.Join(";", cells.SelectMany(x => x.Properties.Select(kv => $"{kv.Key}={kv.Value}")))}",
        };
    }

    private static async Task<string> Ogc(Probe p)
    {
        var (e, n) = Corner(p);
        var box = $"bbox={e},{n},{e + 100},{n + 100}&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/27700";
        async Task<JsonArray?> Items(string collection)
        {
            using var response = await p.Client.GetAsync($"/ogc/collections/{collection}/items?{box}");
            return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!["features"]!.AsArray() : null;
        }
        if (await Items("incidents") is not { } points || await Items("counted-cells") is not { } cells) return "refused";
        return (points.Count, cells.Count) switch
        {
            (1, 0) when points[0]!["id"]!.GetValue<string>() == Record(p).ToString(System.Globalization.CultureInfo.InvariantCulture) => "full",
            (0, 1) when cells[0]!["properties"]!["label"]!.GetValue<string>() == "<5" && cells[0]!["properties"]!["count"] is null => "<5",
            (0, 0) => "empty",
            var (f, c) => $"{f} records, {c} cells: {cells.ToJsonString()}",
        };
    }
}
