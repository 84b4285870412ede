using Hotspots.Api;
using NetTopologySuite.Geometries;

namespace Hotspots.Visits;

/// <summary>Where to look for targets: an area (a hotspot or plan area) or a drawn polygon in WGS84, grown by a buffer.</summary>
public sealed record TargetArea(long? AreaId = null, Geometry? Within = null, double BufferMetres = 0);

/// <summary>An operation request refused, with what to do instead; nothing was written.</summary>
public sealed class VisitRefused(string message) : Refused("VISIT_REFUSED", message);

public static class TargetAreaSql
{
    /// <summary>The area as a BNG MultiPolygon expression; refuses when neither or both of the area and shape are given.</summary>
    public static string Geometry(Database.SqlConditions sql, TargetArea area)
    {
        if ((area.AreaId is null) == (area.Within is null))
            throw new VisitRefused("Give exactly one of areaId (a hotspot or plan area) or within (a drawn GeoJSON polygon).");
        if (area.BufferMetres is < 0 or > 5000) throw new VisitRefused("bufferMetres must be between 0 and 5000.");
        if (area.Within is { } shape && shape is not (Polygon or MultiPolygon)) throw new VisitRefused("within must be a GeoJSON Polygon or MultiPolygon.");
        var shapeSql = area.AreaId is { } id
            ? $"(SELECT boundary FROM areas WHERE id = {sql.Parameter(id)})"
            : $"ST_Transform({sql.Parameter(area.Within)}, 27700)";
        return $"ST_Multi(ST_Buffer({shapeSql}, {sql.Parameter(area.BufferMetres)}))";
    }
}
