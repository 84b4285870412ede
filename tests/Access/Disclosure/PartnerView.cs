using System.Globalization;
using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>What a signed-in viewer's map shows, asked the way the workspace asks: the ground truth every other answer is held to.</summary>
public static class PartnerView
{
    public const string Everything = "boundingBox: { minX: 413900, minY: 415900, maxX: 416100, maxY: 417300, crs: BRITISH_NATIONAL_GRID }";

    public static string Box(int k)
    {
        var (x, y) = DisclosureFixture.Centre(k);
        return string.Create(CultureInfo.InvariantCulture,
            $"boundingBox: {{ minX: {x - 50}, minY: {y - 50}, maxX: {x + 50}, maxY: {y + 50}, crs: BRITISH_NATIONAL_GRID }}");
    }

    /// <summary>The map's full records plus its shown cell counts for a filter (the most any answer may count).</summary>
    public static async Task<long> Total(HttpClient client, string filter)
    {
        var map = (await client.Data($"{{ incidentMap(filter: {{ {filter} }}) {{ fullRecords generalisedRecords {{ value }} }} }}"))["incidentMap"]!;
        return map["fullRecords"]!.GetValue<long>() + (map["generalisedRecords"]!["value"]?.GetValue<long>() ?? 0);
    }

    /// <summary>The counted cells the map draws for a filter: label and count (null when withheld).</summary>
    public static async Task<List<(string Label, int? Count)>> Cells(HttpClient client, string filter)
    {
        var map = (await client.Data($"{{ incidentMap(filter: {{ {filter} }}) {{ features }} }}"))["incidentMap"]!;
        return map["features"]!["features"]!.AsArray().Select(f => f!["properties"]!)
            .Where(p => p["kind"]!.GetValue<string>() == "incidentCell")
            .Select(p => (p["label"]!.GetValue<string>(), p["count"] is JsonValue v ? v.GetValue<int>() : (int?)null)).ToList();
    }

    /// <summary>Cell k as the map shows it: its count, or null when withheld (or absent).</summary>
    public static async Task<int?> Cell(HttpClient client, int k, string more = "") =>
        (await Cells(client, $"{Box(k)} {more}")).SingleOrDefault().Count;

    public static async Task<JsonObject> Run(HttpClient client, string request) =>
        (await client.Post($"mutation {{ runAnalysis(request: {request}) {{ id incidentCount generalised explanation cells hotspots {{ number incidents }} density {{ minX minY cellSize columns rows perKm2 }} clusters }} }}")).Body;
}
