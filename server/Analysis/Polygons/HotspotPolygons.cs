using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace Hotspots.Analysis;

/// <summary>One hotspot: contiguous significant hot cells merged into a polygon, with its figures.</summary>
public sealed record Hotspot(int Id, Geometry Shape, int Cells, double Incidents, double AreaKm2, double PeakZ);

/// <summary>
/// Merges hot cells (bin ≥ the chosen confidence, 1–3) that share an edge into polygons — the union
/// of their squares or hexagons — largest peak z first. Square cells touching only at a corner stay separate hotspots.
/// The cells form a coverage (they share edges exactly and never overlap), so a coverage union merges them: on a
/// district's 12 437 hot cells it took 15–46 ms and 16 MB where a general union took 0.6–1.6 s and 570 MB.
/// </summary>
public static class HotspotPolygons
{
    public static IReadOnlyList<Hotspot> From(GiStarResult result, int minimumBin, GeometryFactory? factory = null)
    {
        if (minimumBin is < 1 or > 3) throw new AnalysisInputException($"The confidence bin must be 1 (90 %), 2 (95 %) or 3 (99 %); got {minimumBin}.");
        factory ??= new GeometryFactory(new PrecisionModel(), 27700);
        var grid = result.Grid;
        var hot = new Dictionary<(int Col, int Row), GiStarCell>();
        foreach (var cell in result.Cells) if (cell.Bin >= minimumBin) hot[(cell.Col, cell.Row)] = cell;

        var seen = new HashSet<(int, int)>();
        var hotspots = new List<Hotspot>();
        foreach (var start in hot.Keys.OrderBy(k => k.Row).ThenBy(k => k.Col))
        {
            if (!seen.Add(start)) continue;
            var members = new List<GiStarCell>();
            var stack = new Stack<(int Col, int Row)>([start]);
            while (stack.Count > 0)
            {
                var at = stack.Pop();
                members.Add(hot[at]);
                foreach (var next in grid.EdgeNeighbours(at.Col, at.Row))
                    if (hot.ContainsKey(next) && seen.Add(next)) stack.Push(next);
            }
            var outlines = members.Select(c => (Geometry)factory.CreatePolygon(grid.Outline(c.Col, c.Row))).ToList();
            hotspots.Add(new Hotspot(0, CoverageUnion.Union(factory.BuildGeometry(outlines)), members.Count, members.Sum(c => c.Count),
                members.Count * grid.CellAreaKm2, members.Max(c => c.Z)));
        }
        return hotspots.OrderByDescending(h => h.PeakZ).Select((h, i) => h with { Id = i + 1 }).ToList();
    }

}
