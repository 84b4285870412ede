using Hotspots.Analysis;

namespace Hotspots.Visits;

/// <summary>
/// A row of the ranking's view as the score counts it: a record seen in full at its place with its type-and-grade
/// multiplier, or a counted cell at its centre with the count the map shows (null where it is withheld).
/// </summary>
public sealed record VisibleIncident(double Easting, double Northing, string? Type, bool Cell, int? Shown, double Points);

/// <summary>The view's records and counted cells within a distance of each place, through a bucket grid over them.</summary>
public sealed class NearbyCount(IReadOnlyList<VisibleIncident> incidents, double distance)
{
    private readonly PointIndex? index = incidents.Count == 0 ? null
        : new PointIndex(new PointSet([.. incidents.Select(i => i.Easting)], [.. incidents.Select(i => i.Northing)]), distance);
    private readonly List<int> found = [];

    public NearbyIncidents Around(double easting, double northing)
    {
        if (index is null) return NearbyIncidents.None;
        index.Within(easting, northing, distance, found);
        var near = found.Select(i => incidents[i]).ToList();
        return new NearbyIncidents(
            [.. near.Where(i => !i.Cell).GroupBy(i => i.Type ?? "").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TypeNearby(g.Key, g.Count(), g.Sum(i => i.Points)))],
            near.Where(i => i.Cell).Sum(i => (long)(i.Shown ?? 0)),
            near.Count(i => i.Cell && i.Shown is null));
    }
}
