using Hotspots.Areas;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Places;

/// <summary>Premises and risk businesses as Mapbox vector tiles (layers <c>premises</c> and <c>riskBusinesses</c>).</summary>
public sealed class PlaceTiles(NpgsqlDataSource dataSource)
{
    public Task<byte[]> Premises(Tile tile, CancellationToken cancel) =>
        Draw("premises", "premises", "reference, use", tile, cancel);

    public Task<byte[]> RiskBusinesses(Tile tile, CancellationToken cancel) =>
        Draw("risk_businesses", "riskBusinesses", "reference, name, sector", tile, cancel);

    private async Task<byte[]> Draw(string table, string layer, string properties, Tile tile, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand($"""
            WITH bounds AS (SELECT ST_TileEnvelope($1, $2, $3) AS envelope),
            features AS (
                SELECT ST_AsMVTGeom(ST_Transform(location, 3857), bounds.envelope, 4096, 0, true) AS geom, id, {properties}
                FROM {table}, bounds
                WHERE location && ST_Transform(ST_Expand(bounds.envelope, (ST_XMax(bounds.envelope) - ST_XMin(bounds.envelope)) / 50), 27700)
            )
            SELECT coalesce((SELECT ST_AsMVT(features, '{layer}', 4096, 'geom', 'id') FROM features WHERE geom IS NOT NULL), '')
            """).With(tile.Z, tile.X, tile.Y);
        return (byte[])(await command.ExecuteScalarAsync(cancel))!;
    }
}
