using System.Text;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Hotspots.Api;

/// <summary>GeoJSON (RFC 7946, WGS84 longitude/latitude) both ways: geometry text from PostGIS out, NTS geometry in.</summary>
public sealed class GeoJsonGraphType : ComplexScalarGraphType
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new GeoJsonConverterFactory() } };

    public GeoJsonGraphType()
    {
        Name = "GeoJSON";
        Description = "A GeoJSON object (RFC 7946) in WGS84 longitude/latitude, e.g. {\"type\":\"Point\",\"coordinates\":[-1.78,53.65]}.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        byte[] utf8 => new GeoJsonText(utf8),
        string json => new GeoJsonText(Encoding.UTF8.GetBytes(json)),
        Geometry geometry => JsonSerializer.SerializeToElement(geometry, Json),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        Geometry geometry => geometry,
        string json => Read(json),
        IDictionary<string, object?> or IEnumerable<object?> => Read(JsonSerializer.Serialize(value)),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Read((string)text.Value),
        _ => ParseValue(base.ParseLiteral(value)),
    };

    private static Geometry Read(string json)
    {
        Geometry? geometry;
        try
        {
            geometry = JsonSerializer.Deserialize<Geometry>(json, Json);
        }
        catch (JsonException e)
        {
            throw new GeoJsonRefused($"Not valid GeoJSON geometry: {e.Message}");
        }
        if (geometry is null) throw new GeoJsonRefused("Not valid GeoJSON geometry: it is empty.");
        var problem = new IsValidOp(geometry).ValidationError;
        if (problem is not null)
            throw new GeoJsonRefused($"The geometry is not valid: {problem.Message} at ({problem.Coordinate.X}, {problem.Coordinate.Y}).");
        geometry.SRID = 4326;
        return geometry;
    }
}
