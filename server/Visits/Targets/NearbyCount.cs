using Hotspots.Analysis;

namespace Hotspots.Visits;

/// <summary>A visible incident as the score counts it: where it is (its cell centre when generalised) and its multiplier.</summary>
public sealed record VisibleIncident(double Easting, double Northing, string Type, bool Generalised, double Points);

/// <summary>Incidents within a distance of each place, by type, through a bucket grid over the incidents.</summary>
public sealed class NearbyCount(IReadOnlyList<VisibleIncident> incidents, double distance)
{
    private readonly PointIndex? index = incidents.Count == 0 ? null
        : new PointIndex(new PointSet([.. incidents.Select(i => i.Easting)], [.. incidents.Select(i => i.Northing)]), distance);
    private readonly List<int> found = [];

    public List<NearbyIncidents> Around(double easting, double northing)
    {
        if (index is null) return [];
        index.Within(easting, northing, distance, found);
        return [.. found.Select(i => incidents[i]).GroupBy(i => i.Type).OrderBy(g => g.Key)
            .Select(g => new NearbyIncidents(g.Key, g.Count(), g.Where(i => !i.Generalised).Sum(i => i.Points),
                g.Count(i => i.Generalised), g.Where(i => i.Generalised).Sum(i => i.Points)))];
    }
}
