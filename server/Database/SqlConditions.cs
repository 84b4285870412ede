using Hotspots.Areas;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hotspots.Database;

/// <summary>Builds a parameterised WHERE clause from fixed fragments; values only ever travel as parameters.</summary>
public sealed class SqlConditions
{
    private readonly List<string> conditions = [];
    public List<NpgsqlParameter> Parameters { get; } = [];

    public SqlConditions Add(string condition, params object?[] values)
    {
        conditions.Add(string.Format(condition, values.Select(Parameter).ToArray()));
        return this;
    }

    /// <summary>Adds a value as a parameter and returns its placeholder.</summary>
    public string Parameter(object? value)
    {
        var name = $"p{Parameters.Count}";
        Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        return "@" + name;
    }

    /// <summary>Keeps rows whose <paramref name="geometryColumn"/> (EPSG:27700) meets the box, area or shape.</summary>
    public SqlConditions AddSpatial(string geometryColumn, BoundingBox? box, long? areaId, Geometry? within)
    {
        conditions.Add(Spatial(geometryColumn, box, areaId, within));
        return this;
    }

    /// <summary>The spatial test alone, as a clause to place where the caller needs it.</summary>
    public string Spatial(string geometryColumn, BoundingBox? box, long? areaId, Geometry? within)
    {
        var parts = new List<string> { "TRUE" };
        if (box is not null)
            parts.Add($"ST_Intersects({geometryColumn}, ST_Transform(ST_MakeEnvelope({Parameter(box.MinX)}, {Parameter(box.MinY)}, " +
                $"{Parameter(box.MaxX)}, {Parameter(box.MaxY)}, {Parameter(box.Srid)}), 27700))");
        if (areaId is not null)
            parts.Add($"ST_Intersects({geometryColumn}, (SELECT boundary FROM areas WHERE id = {Parameter(areaId)}))");
        if (within is not null)
            parts.Add($"ST_Intersects({geometryColumn}, ST_Transform({Parameter(within)}, 27700))");
        return string.Join(" AND ", parts);
    }

    public string Where => conditions.Count == 0 ? "TRUE" : string.Join(" AND ", conditions);
}
