using Hotspots.Tests.Access.Disclosure;

namespace Hotspots.Tests.Api.Ogc;

/// <summary>
/// The disclosure fixture (60 cells of 1–12 records from four agencies over six months; partners may only count them) on
/// a real port, so GDAL's OAPIF driver can reach it as an analyst's QGIS would; with four wards splitting it into
/// quarters (on no cell centre) and risk businesses in three of them, for quiet places.
/// </summary>
public sealed class OgcFixture : DisclosureFixture
{
    /// <summary>Risk businesses per ward, in the order the wards are made (north-west, north-east, south-west, south-east).</summary>
    public static readonly int[] Businesses = [3, 0, 6, 2];

    protected override bool OnKestrel => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute("""
            INSERT INTO areas (code, name, kind, boundary)
            SELECT 'W' || q, 'Ward ' || q, 'ward', ST_Multi(ST_MakeEnvelope(x0, y0, x1, y1, 27700))
            FROM (VALUES (1, 413900, 416600, 415000, 417300), (2, 415000, 416600, 416100, 417300),
                         (3, 413900, 415900, 415000, 416600), (4, 415000, 415900, 416100, 416600)) w(q, x0, y0, x1, y1)
            """);
        await Execute("""
            INSERT INTO risk_businesses (name, sector, location)
            SELECT 'Business ' || w.code || '-' || i, 'hand_car_wash', ST_PointOnSurface(w.boundary)
            FROM areas w, generate_series(1, 6) i
            WHERE w.kind = 'ward' AND i <= ($1::int[])[substr(w.code, 2)::int];
            """, Businesses);
    }
}
