using System.Globalization;

namespace Hotspots.Tests.Access.Matrix;

public static class TileAddress
{
    /// <summary>The z/x/y of the web-mercator tile holding a British National Grid point.</summary>
    public static async Task<string> Of(NeedToKnowMatrixFixture app, double easting, double northing, int z)
    {
        var lonLat = (await app.Scalar<string>("SELECT ST_X(g) || ' ' || ST_Y(g) FROM ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 27700), 4326) g",
            easting, northing)).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var lat = lonLat[1] * Math.PI / 180;
        var x = (int)Math.Floor((lonLat[0] + 180) / 360 * (1 << z));
        var y = (int)Math.Floor((1 - Math.Log(Math.Tan(lat) + 1 / Math.Cos(lat)) / Math.PI) / 2 * (1 << z));
        return $"{z}/{x}/{y}";
    }
}
