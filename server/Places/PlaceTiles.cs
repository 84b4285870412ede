using Hotspots.Areas;
using Hotspots.Database;
using Hotspots.Access;

namespace Hotspots.Places;

/// <summary>Premises and risk businesses as Mapbox vector tiles (layers <c>premises</c> and <c>riskBusinesses</c>).</summary>
public sealed class PlaceTiles(UnitOfWork units)
{
    public Task<byte[]> Premises(Tile tile, CancellationToken cancel) =>
        Draw("premises", "premises", "reference, use", tile, cancel);

    public Task<byte[]> RiskBusinesses(Tile tile, CancellationToken cancel) =>
        Draw("risk_businesses", "riskBusinesses", "reference, name, sector", tile, cancel);

    // Premises and businesses are not records about anyone: every signed-in role reads them alike.
    private async Task<byte[]> Draw(string table, string layer, string properties, Tile tile, CancellationToken cancel) =>
        (await units.Read(Viewer.NoOne, work => work.Scalar<byte[]>($"""
            WITH bounds AS (SELECT ST_TileEnvelope($1, $2, $3) AS envelope),
            features AS (
                SELECT ST_AsMVTGeom(ST_Transform(location, 3857), bounds.envelope, 4096, 0, true) AS geom, id, {properties}
                FROM {table}, bounds
                WHERE location && ST_Transform(ST_Expand(bounds.envelope, (ST_XMax(bounds.envelope) - ST_XMin(bounds.envelope)) / 50), 27700)
            )
            SELECT coalesce((SELECT ST_AsMVT(features, '{layer}', 4096, 'geom', 'id') FROM features WHERE geom IS NOT NULL), '')
            """, tile.Z, tile.X, tile.Y), cancel))!;
}
