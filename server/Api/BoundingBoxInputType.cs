using GraphQL.Types;
using Hotspots.Areas;

namespace Hotspots.Api;

public sealed class CoordinateSystemType : EnumerationGraphType<CoordinateSystem>
{
    public CoordinateSystemType()
    {
        Name = "CoordinateSystem";
        Description = "WGS84 = longitude/latitude degrees (EPSG:4326); BRITISH_NATIONAL_GRID = eastings/northings in metres (EPSG:27700).";
    }
}

public sealed class BoundingBoxInputType : InputObjectGraphType<BoundingBox>
{
    public BoundingBoxInputType()
    {
        Name = "BoundingBox";
        Description = "A map window. Give minX/minY (west/south) below maxX/maxY (east/north).";
        Field<NonNullGraphType<FloatGraphType>>("minX");
        Field<NonNullGraphType<FloatGraphType>>("minY");
        Field<NonNullGraphType<FloatGraphType>>("maxX");
        Field<NonNullGraphType<FloatGraphType>>("maxY");
        Field<CoordinateSystemType>("crs").DefaultValue(CoordinateSystem.Wgs84)
            .Description("The coordinate system of the four numbers; WGS84 unless given.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var box = new BoundingBox(
            Convert.ToDouble(value["minX"]), Convert.ToDouble(value["minY"]),
            Convert.ToDouble(value["maxX"]), Convert.ToDouble(value["maxY"]),
            value.TryGetValue("crs", out var crs) && crs is CoordinateSystem c ? c : CoordinateSystem.Wgs84);
        return box.Problem() is { } problem ? throw new FormatException(problem) : box;
    }
}
