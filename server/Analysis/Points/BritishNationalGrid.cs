using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Hotspots.Analysis;

/// <summary>
/// WGS84 longitude/latitude to British National Grid (EPSG:27700) with ProjNET, through the
/// standard EPSG definition and its OSGB36 seven-parameter Helmert shift (TOWGS84). The Helmert
/// shift is good to a few metres, well inside any hotspot cell; OSTN15 would be needed for survey work.
/// </summary>
public static class BritishNationalGrid
{
    const string Epsg27700 = """
        PROJCS["OSGB 1936 / British National Grid",GEOGCS["OSGB 1936",DATUM["OSGB_1936",
        SPHEROID["Airy 1830",6377563.396,299.3249646,AUTHORITY["EPSG","7001"]],
        TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489],AUTHORITY["EPSG","6277"]],
        PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],
        AUTHORITY["EPSG","4277"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",49],
        PARAMETER["central_meridian",-2],PARAMETER["scale_factor",0.9996012717],PARAMETER["false_easting",400000],
        PARAMETER["false_northing",-100000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],
        AXIS["Northing",NORTH],AUTHORITY["EPSG","27700"]]
        """;

    static readonly Lazy<(MathTransform Forward, MathTransform Inverse)> Transforms = new(() =>
    {
        var bng = new CoordinateSystemFactory().CreateFromWkt(Epsg27700.ReplaceLineEndings(""));
        var factory = new CoordinateTransformationFactory();
        return (factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, bng).MathTransform,
                factory.CreateFromCoordinateSystems(bng, GeographicCoordinateSystem.WGS84).MathTransform);
    });

    public static (double Easting, double Northing) FromWgs84(double longitude, double latitude)
    {
        double x = longitude, y = latitude;
        Transforms.Value.Forward.Transform(ref x, ref y);
        return (x, y);
    }

    public static (double Longitude, double Latitude) ToWgs84(double easting, double northing)
    {
        double x = easting, y = northing;
        Transforms.Value.Inverse.Transform(ref x, ref y);
        return (x, y);
    }
}
