namespace Hotspots.Analysis;

public enum HotspotChange { Grew, Shrank, Moved, Unchanged, Gone, New }

/// <summary>What became of one hotspot between two runs; numbers are null where a run has no matching hotspot.</summary>
public sealed record HotspotComparison(int? EarlierNumber, int? LaterNumber, HotspotChange Change, double? EarlierAreaKm2, double? LaterAreaKm2,
    double? CentroidShiftMetres, long? SavedAreaId);

/// <summary>Two hotspot polygons that overlap: the overlap and the distance between their centroids, in metres.</summary>
public sealed record HotspotOverlap(int Earlier, int Later, double OverlapSquareMetres, double CentroidShiftMetres);

/// <summary>
/// Matches each hotspot of the earlier run to the later hotspot it overlaps most. It is GONE when none overlaps; MOVED when
/// its centroid shifted by at least one cell side; otherwise GREW, SHRANK or UNCHANGED by area. A later hotspot that
/// overlaps no earlier one is NEW.
/// </summary>
public static class HotspotChanges
{
    public static IReadOnlyList<HotspotComparison> Between(IReadOnlyList<HotspotSummary> earlier, IReadOnlyList<HotspotSummary> later,
        IReadOnlyList<HotspotOverlap> overlaps, double cellSize, IReadOnlyDictionary<int, long> savedAreas)
    {
        // Shapes travel as WGS84 GeoJSON to 6 decimals, so neighbours touching along an edge can overlap by a sliver.
        var real = overlaps.Where(o => o.OverlapSquareMetres > 0.05 * cellSize * cellSize).ToList();
        var changes = new List<HotspotComparison>();
        foreach (var before in earlier)
        {
            var saved = savedAreas.TryGetValue(before.Number, out var id) ? id : (long?)null;
            var best = real.Where(o => o.Earlier == before.Number).MaxBy(o => o.OverlapSquareMetres);
            if (best is null)
            {
                changes.Add(new(before.Number, null, HotspotChange.Gone, before.AreaKm2, null, null, saved));
                continue;
            }
            var after = later.Single(h => h.Number == best.Later);
            var cellKm2 = cellSize * cellSize / 1e6;
            var change = best.CentroidShiftMetres >= cellSize ? HotspotChange.Moved
                : after.AreaKm2 > before.AreaKm2 + cellKm2 / 2 ? HotspotChange.Grew
                : after.AreaKm2 < before.AreaKm2 - cellKm2 / 2 ? HotspotChange.Shrank
                : HotspotChange.Unchanged;
            changes.Add(new(before.Number, after.Number, change, before.AreaKm2, after.AreaKm2, best.CentroidShiftMetres, saved));
        }
        foreach (var after in later.Where(h => real.All(o => o.Later != h.Number)))
            changes.Add(new(null, after.Number, HotspotChange.New, null, after.AreaKm2, null, null));
        return changes;
    }
}
