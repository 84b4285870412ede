using System.Globalization;
using Hotspots.Areas;
using Hotspots.Incidents;

namespace Hotspots.Api.Ogc;

/// <summary>A coordinate reference system the features can be served in (OGC API – Features Part 2).</summary>
public sealed record OgcCrs(string Uri, int Srid, int Decimals)
{
    /// <summary>Longitude, latitude on WGS84: Part 1's default.</summary>
    public static readonly OgcCrs Crs84 = new("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, 6);

    /// <summary>Easting, northing in metres: what the workspace stores, to the decimetre.</summary>
    public static readonly OgcCrs BritishNationalGrid = new("http://www.opengis.net/def/crs/EPSG/0/27700", 27700, 1);

    public static readonly OgcCrs[] Supported = [Crs84, BritishNationalGrid];

    public static OgcCrs? Parse(string? uri) => string.IsNullOrEmpty(uri) ? Crs84 : Supported.FirstOrDefault(c => c.Uri == uri);
}

/// <summary>
/// One items request: a page (<c>limit</c>, <c>offset</c>), a <c>bbox</c> (in <c>bbox-crs</c>), the CRS to answer in
/// (<c>crs</c>), and for incident collections the incidentMap filter of the tiles (<c>from</c>, <c>to</c>,
/// <c>exploitationTypes</c>, …; <c>datetime</c> as an interval also sets from and to).
/// </summary>
public sealed record OgcQuery(int Limit, int Offset, OgcCrs Crs, IncidentFilter Filter, string? FeatureId = null)
{
    public const int DefaultLimit = 1_000;
    public const int MaxLimit = 10_000;

    public BoundingBox? Box => Filter.BoundingBox;

    public static (OgcQuery? Query, string? Problem) Read(IQueryCollection query)
    {
        var (filter, problem) = IncidentFilterQuery.Read(query);
        if (filter is null) return (null, problem);
        if (OgcCrs.Parse(query["crs"]) is not { } crs) return (null, $"crs {query["crs"]} is not offered: use {string.Join(" or ", OgcCrs.Supported.Select(c => c.Uri))}.");
        if (OgcCrs.Parse(query["bbox-crs"]) is not { } boxCrs) return (null, $"bbox-crs {query["bbox-crs"]} is not offered: use {string.Join(" or ", OgcCrs.Supported.Select(c => c.Uri))}.");
        if (!Whole(query["limit"], DefaultLimit, out var limit) || limit < 1) return (null, "limit must be a whole number of at least 1.");
        if (!Whole(query["offset"], 0, out var offset) || offset < 0) return (null, "offset must be a whole number of at least 0.");
        if (query["bbox"] is { Count: > 0 } bbox)
        {
            var numbers = bbox.ToString().Split(',').Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).ToArray();
            if (numbers.Length is not (4 or 6)) return (null, "bbox takes four numbers (minx,miny,maxx,maxy), or six with heights.");
            var (minX, minY, maxX, maxY) = numbers.Length == 4 ? (numbers[0], numbers[1], numbers[2], numbers[3]) : (numbers[0], numbers[1], numbers[3], numbers[4]);
            var box = new BoundingBox(minX, minY, maxX, maxY, boxCrs == OgcCrs.Crs84 ? CoordinateSystem.Wgs84 : CoordinateSystem.BritishNationalGrid);
            if (box.Problem() is { } wrong) return (null, wrong);
            filter = filter with { BoundingBox = box };
        }
        if (query["datetime"] is { Count: > 0 } datetime)
        {
            if (Interval(datetime.ToString()) is not { } period) return (null, "datetime must be an RFC 3339 instant or interval (start/end, either may be '..').");
            filter = filter with { From = period.From, To = period.To };
        }
        // A limit over the maximum is answered with the maximum, as Part 1 allows, and the next link goes on from there.
        return (new OgcQuery(Math.Min(limit, MaxLimit), offset, crs, filter), null);
    }

    private static bool Whole(Microsoft.Extensions.Primitives.StringValues value, int absent, out int number)
    {
        number = absent;
        return value.Count == 0 || int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    private static (DateTimeOffset? From, DateTimeOffset? To)? Interval(string text)
    {
        var parts = text.Split('/');
        DateTimeOffset? Instant(string part, out bool ok)
        {
            ok = true;
            if (part is ".." or "") return null;
            ok = DateTimeOffset.TryParse(part, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t);
            return ok ? t : null;
        }
        if (parts.Length == 1) return Instant(parts[0], out var one) is { } at && one ? (at, at.AddSeconds(1)) : null;
        if (parts.Length != 2) return null;
        var from = Instant(parts[0], out var okFrom);
        var to = Instant(parts[1], out var okTo);
        return okFrom && okTo ? (from, to) : null;
    }
}
