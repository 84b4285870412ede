using System.Text.Json;
using Hotspots.Access;
using Hotspots.Analysis;
using Hotspots.Database;
using NetTopologySuite.IO;

namespace Hotspots.Api.Ogc;

/// <summary>
/// A run's cells, hotspots or clusters as a collection (<c>run-{id}-cells</c>), built by the run exports' own code
/// (<see cref="RunLayers"/>, from the run's frozen view) and opened only by viewers who may reopen the run.
/// </summary>
public sealed class OgcRunLayers(AnalysisRunStore runs, RunLayers layers, ReadOnlyDatabase reads)
{
    /// <summary>The run and layer a collection id names, or null when it names none.</summary>
    public static (long Run, string Layer)? Parse(string collection)
    {
        var parts = collection.Split('-');
        return parts.Length == 3 && parts[0] == "run" && long.TryParse(parts[1], out var id) && RunLayers.Names.Contains(parts[2]) ? (id, parts[2]) : null;
    }

    /// <summary>The layer, or null when the run is not one the viewer may open or has no such layer (both audited as a reopen).</summary>
    public async Task<ExportLayer?> Layer(Viewer viewer, long run, string layer, CancellationToken cancel) =>
        await runs.ById(viewer, run, cancel) is { } opened ? await layers.Layer(opened, layer, cancel) : null;

    public Task<OgcPage> Items(ExportLayer layer, OgcQuery query, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var wkb = new WKBWriter();
        var shapes = sql.Parameter(layer.Features.Select(f => wkb.Write(f.Shape)).ToArray());
        // Only the run's own shapes go in, to be chosen by the bbox, paged and moved to the asked CRS; no table is read.
        var select = OgcPaging.Select(sql, query, $"""
                SELECT n, ST_GeomFromWKB(g, 27700) AS shape FROM unnest({shapes}::bytea[]) WITH ORDINALITY AS t(g, n)
                WHERE {sql.Spatial("ST_GeomFromWKB(g, 27700)", query.Box, null, null)}
                """,
            id: "n::text", shape: "shape", order: "n", properties: "n");
        return reads.Read(Viewer.NoOne, async work =>
        {
            var page = await OgcPaging.Read(work, select, sql);
            return page with { Features = [.. page.Features.Select(f => f with { Properties = Properties(layer, int.Parse(f.Id, System.Globalization.CultureInfo.InvariantCulture) - 1) })] };
        }, cancel);
    }

    private static string Properties(ExportLayer layer, int index) =>
        JsonSerializer.Serialize(layer.Columns.Select((c, i) => (c.Name, layer.Features[index].Values[i])).ToDictionary(p => p.Name, p => p.Item2));
}
