using Hotspots.Access;
using Hotspots.Database;
using NetTopologySuite.Geometries;

namespace Hotspots.Areas;

/// <summary>Areas drawn by a user, e.g. the streets a plan works on. The GeoJSON scalar has already refused invalid shapes.</summary>
public sealed class CustomAreas(UnitOfWork units, AreaSearch search)
{
    public async Task<Area> Create(Viewer viewer, string name, Geometry boundary, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new GraphQL.ExecutionError("Give the area a name: it is empty.");
        if (boundary is not (Polygon or MultiPolygon))
            throw new GraphQL.ExecutionError($"A custom area's boundary must be a GeoJSON Polygon or MultiPolygon, not a {boundary.GeometryType}.");
        var id = await units.Run(viewer, async work =>
        {
            var id = await work.Scalar<long>("""
                INSERT INTO areas (name, kind, boundary) VALUES ($1, 'custom', ST_Multi(ST_Transform($2, 27700))) RETURNING id
                """, name.Trim(), boundary);
            await work.Audit("create custom area", $"area:{id}", new { name });
            return id;
        }, cancel);
        return (await search.ById(id, cancel))!;
    }
}
