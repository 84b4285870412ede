using System.Text.Json;
using Hotspots.Database;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Hotspots.Analysis;

/// <summary>
/// A reopened run's layers, rebuilt from what the run kept (so from the view it was computed on, never the incidents
/// behind it): Gi* cells from their grid, hotspots and clusters from their stored shapes, moved to British National Grid.
/// </summary>
public sealed class RunLayers(ReadOnlyDatabase reads)
{
    private static readonly GeometryFactory Grid = new(new PrecisionModel(), 27700);

    public static readonly string[] Names = ["cells", "hotspots", "clusters"];

    public async Task<ExportLayer?> Layer(AnalysisRun run, string name, CancellationToken cancel) => name switch
    {
        "cells" when run.Result.Cells is { } cells && run.Result.Grid is { } grid => Cells(run.Id, cells, grid),
        "hotspots" when run.Result.Grid is not null => await Hotspots(run, cancel),
        "clusters" when run.Result.Clusters is { } clusters => await Clusters(run.Id, clusters, cancel),
        _ => null,
    };

    private static ExportLayer Cells(long runId, string geoJson, AnalysedGrid grid)
    {
        var hexagons = grid.Shape == "hexagon" ? new HexagonGrid(grid.X0, grid.Y0, grid.CellSize, grid.Cols, grid.Rows) : null;
        double half = grid.CellSize / 2;
        using var document = JsonDocument.Parse(geoJson);
        var features = document.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).Select(p =>
        {
            int col = p.GetProperty("col").GetInt32(), row = p.GetProperty("row").GetInt32();
            double x = p.GetProperty("x").GetDouble(), y = p.GetProperty("y").GetDouble();
            Geometry shape = hexagons is null
                ? Grid.ToGeometry(new Envelope(x - half, x + half, y - half, y + half))
                : Grid.CreatePolygon(hexagons.Outline(col, row));
            return new ExportFeature(shape, [col, row, x, y, Number(p.GetProperty("count")), p.GetProperty("z").GetDouble(),
                p.GetProperty("p").GetDouble(), p.GetProperty("bin").GetInt32(), ExportMarking.Text]);
        }).ToList();
        return new($"run_{runId}_cells", "POLYGON",
            [new("col", "INTEGER"), new("row", "INTEGER"), new("x", "REAL"), new("y", "REAL"), new("incidents", "REAL"), new("z", "REAL"),
             new("p", "REAL"), new("bin", "INTEGER"), new("classification", "TEXT")], features);
    }

    private async Task<ExportLayer> Hotspots(AnalysisRun run, CancellationToken cancel)
    {
        var shapes = await ToGrid([.. run.Result.Hotspots.Select(h => h.Shape)], cancel);
        var features = run.Result.Hotspots.Select((h, i) => new ExportFeature(shapes[i],
            [h.Number, h.Incidents, h.AreaKm2, h.PeakZ, h.Pai, h.ShareOfStudyArea, ExportMarking.Text])).ToList();
        return new($"run_{run.Id}_hotspots", "MULTIPOLYGON",
            [new("hotspot", "INTEGER"), new("incidents", "REAL"), new("area_km2", "REAL"), new("peak_z", "REAL"), new("pai", "REAL"),
             new("share_of_study_area", "REAL"), new("classification", "TEXT")], features);
    }

    private async Task<ExportLayer> Clusters(long runId, string geoJson, CancellationToken cancel)
    {
        using var document = JsonDocument.Parse(geoJson);
        var features = document.RootElement.GetProperty("features").EnumerateArray().ToList();
        var shapes = await ToGrid([.. features.Select(f => f.GetProperty("geometry").GetRawText())], cancel);
        // A cluster count the runner could not see exactly is null in the run, and stays null here.
        return new($"run_{runId}_clusters", "MULTIPOLYGON", [new("cluster", "INTEGER"), new("incidents", "INTEGER"), new("classification", "TEXT")],
            [.. features.Select((f, i) => new ExportFeature(shapes[i], [f.GetProperty("properties").GetProperty("cluster").GetInt32() + 1,
                Number(f.GetProperty("properties").GetProperty("count")), ExportMarking.Text]))]);
    }

    private async Task<Geometry[]> ToGrid(string[] geoJson, CancellationToken cancel)
    {
        if (geoJson.Length == 0) return [];
        var wkb = new WKBReader(NetTopologySuite.NtsGeometryServices.Instance);
        // Only the run's own shapes go in and out; no table is read.
        return [.. await reads.Read(Access.Viewer.NoOne, work => work.List("""
            SELECT ST_AsBinary(ST_Multi(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(g), 4326), 27700)))
            FROM unnest($1::text[]) WITH ORDINALITY AS t(g, n) ORDER BY n
            """, r =>
            {
                var shape = wkb.Read(r.GetFieldValue<byte[]>(0));
                shape.SRID = 27700;
                return shape;
            }, (object)geoJson), cancel)];
    }

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
