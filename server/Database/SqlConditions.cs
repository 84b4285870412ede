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
        if (box is not null)
            Add($"ST_Intersects({geometryColumn}, ST_Transform(ST_MakeEnvelope({{0}}, {{1}}, {{2}}, {{3}}, {{4}}), 27700))",
                box.MinX, box.MinY, box.MaxX, box.MaxY, box.Srid);
        if (areaId is not null)
            Add($"ST_Intersects({geometryColumn}, (SELECT boundary FROM areas WHERE id = {{0}}))", areaId);
        if (within is not null)
            Add($"ST_Intersects({geometryColumn}, ST_Transform({{0}}, 27700))", within);
        return this;
    }

    public string Where => conditions.Count == 0 ? "TRUE" : string.Join(" AND ", conditions);

    public NpgsqlCommand Command(NpgsqlDataSource dataSource, string sql)
    {
        var command = dataSource.CreateCommand(sql);
        foreach (var parameter in Parameters)
            command.Parameters.Add(parameter.Clone());
        return command;
    }
}
