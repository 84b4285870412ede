using System.Globalization;
using Hotspots.Api;

namespace Hotspots.Visits;

/// <summary>The route as CSV, one row per stop in visiting order, under a classification line.</summary>
public static class RouteCsv
{
    private static readonly string[] Headings = ["position", "visit_target_id", "kind", "place_id", "name", "address", "postcode", "category",
        "easting", "northing", "longitude", "latitude", "metres_from_previous", "cumulative_metres", "arrive", "leave"];

    public static void Write(TextWriter output, Visit visit)
    {
        output.WriteLine($"# {Classification.Marking}: {Classification.Handling}");
        output.WriteLine(CsvCell.Row(Headings));
        foreach (var stop in visit.Route)
        {
            var at = Wgs84.Of(stop.Target.Location);
            var t = stop.Target;
            output.WriteLine(CsvCell.Row(new object?[] { stop.Leg.Position, t.Id, Database.Codes.Of(t.Kind), t.PlaceId, t.Name, t.Address, t.Postcode, t.Category,
                Math.Round(t.Easting, 1), Math.Round(t.Northing, 1), at.Longitude, at.Latitude, Math.Round(stop.Leg.MetresFromPrevious, 1),
                Math.Round(stop.Leg.CumulativeMetres, 1), stop.Leg.Arrive.ToString("HH:mm"), stop.Leg.Leave.ToString("HH:mm") }
                .Select(value => Convert.ToString(value, CultureInfo.InvariantCulture))));
        }
    }
}
