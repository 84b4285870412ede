using Hotspots.Access;
using Hotspots.Database;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>Analysis output in British National Grid, turned into WGS84 GeoJSON by PostGIS.</summary>
public sealed class AnalysisGeoJson(UnitOfWork units)
{
    /// <summary>
    /// SQL for the Gi* cells' GeoJSON text, squares or hexagons, made in the database from the cells' values. The counts
    /// are sums of the viewer's view (records in full plus shown cell counts), so they are shown as they are.
    /// </summary>
    public static string Cells(GiStarResult result, SqlConditions sql)
    {
        var cells = result.Cells.Where(c => c.Count > 0 || c.Bin != 0).ToArray();
        var half = sql.Parameter(result.Grid.CellSize / 2);
        return $"""
            (SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                'type', 'Feature',
                'geometry', ST_AsGeoJSON(ST_Transform(coalesce(ST_GeomFromWKB(o, 27700), ST_MakeEnvelope(x - {half}, y - {half}, x + {half}, y + {half}, 27700)), 4326), 6)::json,
                'properties', json_build_object('col', c, 'row', r, 'x', x, 'y', y, 'count', n, 'z', z, 'p', p, 'bin', b))), '[]'::json))::text
            FROM unnest({sql.Parameter(cells.Select(c => c.Col).ToArray())}::int[], {sql.Parameter(cells.Select(c => c.Row).ToArray())}::int[],
                {sql.Parameter(cells.Select(c => c.X).ToArray())}::float8[], {sql.Parameter(cells.Select(c => c.Y).ToArray())}::float8[],
                {sql.Parameter(cells.Select(c => c.Count).ToArray())}::float8[], {sql.Parameter(cells.Select(c => c.Z).ToArray())}::float8[],
                {sql.Parameter(cells.Select(c => c.P).ToArray())}::float8[], {sql.Parameter(cells.Select(c => c.Bin).ToArray())}::int[],
                {sql.Parameter(result.Grid is HexagonGrid hexagons ? cells.Select(c => Outline(hexagons, c)).ToArray() : Array.Empty<byte[]>())}::bytea[])
                AS t(c, r, x, y, n, z, p, b, o))
            """;
    }

    static byte[] Outline(HexagonGrid grid, GiStarCell cell) => new NetTopologySuite.IO.WKBWriter().Write(Flat.CreatePolygon(grid.Outline(cell.Col, cell.Row)));

    static readonly GeometryFactory Flat = new();

    /// <summary>Emerging hot spot cells with a pattern or with incidents, as squares with pattern, trend z and p.</summary>
    public async Task<string> EmergingCells(EmergingResult result, CancellationToken cancel)
    {
        var cube = result.Cube;
        var total = new double[cube.CellsPerStep];
        for (int t = 0; t < cube.Steps; t++)
            for (int i = 0; i < total.Length; i++) total[i] += cube.Counts[t * total.Length + i];
        var cells = result.Cells.Where(c => c.Pattern != EmergingPattern.NoPattern || total[c.Row * cube.Grid.Cols + c.Col] > 0).ToArray();
        // Only numbers of the run go in and out; no table is read, so the statement answers no one in particular.
        return await units.Read(Viewer.NoOne, work => Text(work.Command("""
            SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                'type', 'Feature',
                'geometry', ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(x - $8, y - $8, x + $8, y + $8, 27700), 4326), 6)::json,
                'properties', json_build_object('col', c, 'row', r, 'x', x, 'y', y, 'pattern', pattern, 'trendZ', z, 'trendP', p))), '[]'::json))::text
            FROM unnest($1::int[], $2::int[], $3::float8[], $4::float8[], $5::text[], $6::float8[], $7::float8[]) AS t(c, r, x, y, pattern, z, p)
            """, cells.Select(c => c.Col).ToArray(), cells.Select(c => c.Row).ToArray(), cells.Select(c => c.X).ToArray(),
            cells.Select(c => c.Y).ToArray(), cells.Select(c => Hotspots.Database.Codes.Of(c.Pattern).ToUpperInvariant()).ToArray(),
            cells.Select(c => c.TrendZ).ToArray(), cells.Select(c => c.TrendP).ToArray(), cube.Grid.CellSize / 2), work.Cancel), cancel);
    }

    private static async Task<string> Text(NpgsqlCommand command, CancellationToken cancel)
    {
        await using var disposed = command;
        using var forget = command.ForgetParameters();
        await using var reader = await command.ExecuteStreamingReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return reader.GetString(0);
    }

    /// <summary>Shapes with properties, e.g. hotspot polygons or cluster hulls.</summary>
    public async Task<string[]> Shapes(IReadOnlyList<Geometry> shapes, CancellationToken cancel)
    {
        if (shapes.Count == 0) return [];
        foreach (var shape in shapes) shape.SRID = 27700;
        return [.. await units.Read(Viewer.NoOne, work => work.List(
            "SELECT ST_AsGeoJSON(ST_Transform(s, 4326), 6) FROM unnest($1::geometry[]) WITH ORDINALITY AS t(s, n) ORDER BY n",
            r => r.GetString(0), (object)shapes.ToArray()), cancel)];
    }
}
