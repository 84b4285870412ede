using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Hotspots.Imports;

/// <summary>British National Grid (EPSG:27700), where everything is stored, and the checks that a point is in the UK.</summary>
public static class Grid
{
    // OSGB 1936 with the 7-parameter Helmert shift to WGS84 that PostGIS's spatial_ref_sys uses for 27700 (±5 m).
    private const string BritishNationalGrid = """
        PROJCS["OSGB 1936 / British National Grid",GEOGCS["OSGB 1936",DATUM["OSGB_1936",SPHEROID["Airy 1830",6377563.396,299.3249646],
        TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],
        PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",49],PARAMETER["central_meridian",-2],
        PARAMETER["scale_factor",0.9996012717],PARAMETER["false_easting",400000],PARAMETER["false_northing",-100000],UNIT["metre",1]]
        """;

    private static readonly MathTransform FromWgs84 = new CoordinateTransformationFactory().CreateFromCoordinateSystems(
        GeographicCoordinateSystem.WGS84, (CoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(BritishNationalGrid)).MathTransform;

    public static (double Easting, double Northing) FromLongitudeLatitude(double longitude, double latitude) =>
        FromWgs84.Transform(longitude, latitude);

    /// <summary>Why a longitude/latitude pair cannot be a place in the UK, or null when it can.</summary>
    public static string? ProblemWithLongitudeLatitude(double longitude, double latitude)
    {
        if (InUk(latitude, longitude))
            return $"longitude and latitude look swapped (longitude {longitude}, latitude {latitude}): in the UK latitude is 49–61 and longitude −9–2";
        return InUk(longitude, latitude) ? null : $"longitude {longitude}, latitude {latitude} is outside the UK";
    }

    /// <summary>Why an easting/northing pair cannot be a place in the UK, or null when it can.</summary>
    public static string? ProblemWithEastingNorthing(double easting, double northing)
    {
        if (Math.Abs(easting) <= 180 && Math.Abs(northing) <= 90)
            return $"easting {easting}, northing {northing} look like longitude/latitude, not British National Grid metres";
        if (easting is >= 0 and <= 700_000 && northing is >= 0 and <= 1_300_000) return null;
        if (northing is >= 0 and <= 700_000 && easting is >= 0 and <= 1_300_000 && northing < easting)
            return $"easting {easting} and northing {northing} look swapped";
        return $"easting {easting}, northing {northing} is outside the UK (British National Grid)";
    }

    private static bool InUk(double longitude, double latitude) => longitude is >= -8.7 and <= 1.8 && latitude is >= 49.8 and <= 60.9;
}
