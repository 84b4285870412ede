using System.Globalization;

namespace Hotspots.Imports;

/// <summary>
/// Where a premises or risk business is: its feature's geometry, or in a CSV easting/northing, longitude/latitude,
/// or a postcode to look up in Code-Point Open (Easting and Northing are then null).
/// </summary>
public static class PlaceLocation
{
    public static (double? Easting, double? Northing, string? Postcode, string? Problem) Of(SourceRow row)
    {
        if (row.Shape is not null || row.ShapeProblem is not null)
            return PointOf.Shape(row) is var (x, y, shapeProblem) && shapeProblem is null ? (x, y, null, null) : (null, null, null, shapeProblem);
        if (row["easting"] is { } e && row["northing"] is { } n)
        {
            if (!TryNumber(e, out var easting)) return (null, null, null, $"easting '{e}' is not a number");
            if (!TryNumber(n, out var northing)) return (null, null, null, $"northing '{n}' is not a number");
            return Grid.ProblemWithEastingNorthing(easting, northing) is { } problem ? (null, null, null, problem) : (easting, northing, null, null);
        }
        if (row["longitude"] is { } lon && row["latitude"] is { } lat)
        {
            if (!TryNumber(lon, out var longitude)) return (null, null, null, $"longitude '{lon}' is not a number");
            if (!TryNumber(lat, out var latitude)) return (null, null, null, $"latitude '{lat}' is not a number");
            if (Grid.ProblemWithLongitudeLatitude(longitude, latitude) is { } problem) return (null, null, null, problem);
            var (easting, northing) = Grid.FromLongitudeLatitude(longitude, latitude);
            return (easting, northing, null, null);
        }
        if (row["postcode"] is { } postcode)
            return Postcodes.Normalise(postcode) is { } normal ? (null, null, normal, null) : (null, null, null, $"postcode '{postcode}' is not a UK postcode");
        return (null, null, null, "no location: easting/northing, longitude/latitude and postcode are all empty");
    }

    /// <summary>Refuses a CSV of places that has neither the named column nor any way to place its rows.</summary>
    public static void CheckColumns(CsvRows csv, string kind, string nameColumn, string codeColumn)
    {
        var found = string.Join(", ", csv.Headers);
        if (!csv.Has(nameColumn)) throw new ImportRefused($"A {kind} CSV needs {(nameColumn[0] is 'a' ? "an" : "a")} '{nameColumn}' column. Expected columns: reference, {Expected(nameColumn, codeColumn)}. Columns found: {found}.");
        var located = (csv.Has("easting") && csv.Has("northing")) || (csv.Has("longitude") && csv.Has("latitude")) || csv.Has("postcode");
        if (!located)
            throw new ImportRefused($"A {kind} CSV needs easting and northing, longitude and latitude, or postcode. Columns found: {found}.");
    }

    private static string Expected(string name, string code) =>
        $"{name}, {(name == "name" ? "address, " : "")}postcode, {code}, and easting/northing or longitude/latitude or postcode";

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
