using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Hotspots.Analysis;

/// <summary>One hotspot: contiguous significant hot cells merged into a polygon, with its figures.</summary>
public sealed record Hotspot(int Id, Geometry Shape, int Cells, double Incidents, double AreaKm2, double PeakZ);

/// <summary>
/// Merges hot cells (bin ≥ the chosen confidence, 1–3) that share an edge into polygons — the union
/// of their squares — largest peak z first. Cells touching only at a corner stay separate hotspots.
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
                foreach (var next in new[] { (at.Col + 1, at.Row), (at.Col - 1, at.Row), (at.Col, at.Row + 1), (at.Col, at.Row - 1) })
                    if (hot.ContainsKey(next) && seen.Add(next)) stack.Push(next);
            }
            var squares = members.Select(c => Square(factory, grid, c.Col, c.Row)).ToList();
            hotspots.Add(new Hotspot(0, UnaryUnionOp.Union(squares), members.Count, members.Sum(c => c.Count),
                members.Count * grid.CellAreaKm2, members.Max(c => c.Z)));
        }
        return hotspots.OrderByDescending(h => h.PeakZ).Select((h, i) => h with { Id = i + 1 }).ToList();
    }

    static Polygon Square(GeometryFactory factory, SquareGrid grid, int col, int row)
    {
        double x0 = grid.X0 + col * grid.CellSize, y0 = grid.Y0 + row * grid.CellSize, c = grid.CellSize;
        return factory.CreatePolygon([new(x0, y0), new(x0 + c, y0), new(x0 + c, y0 + c), new(x0, y0 + c), new(x0, y0)]);
    }
}
