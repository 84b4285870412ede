using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hotspots.Analysis;

public enum CellChange { NewlyHot, NoLongerHot, StayedHot }

/// <summary>How many cells changed which way, and the changed cells as GeoJSON squares (WGS84) with change, earlierBin and laterBin.</summary>
public sealed record CellChangeCounts(int NewlyHot, int NoLongerHot, int StayedHot, string Cells);

/// <summary>
/// Compares the Gi* cells of two runs on one grid. A cell is hot at 95 % confidence or more (bin 2 or 3), as in the
/// hotspot polygons; cells hot in neither run are left out. Cells are matched by their centre, so grids of the same cell
/// size on the same lattice match even when one run covered a wider extent.
/// </summary>
public static class CellChanges
{
    public const int HotBin = 2;

    public static CellChangeCounts Between(string earlierCells, string laterCells)
    {
        var earlier = Cells(earlierCells);
        var later = Cells(laterCells);
        var features = new JsonArray();
        int newlyHot = 0, noLongerHot = 0, stayedHot = 0;
        foreach (var key in earlier.Keys.Union(later.Keys).OrderBy(k => k.Y).ThenBy(k => k.X))
        {
            var before = earlier.GetValueOrDefault(key);
            var after = later.GetValueOrDefault(key);
            bool wasHot = before?.Bin >= HotBin, isHot = after?.Bin >= HotBin;
            if (!wasHot && !isHot) continue;
            var change = (wasHot, isHot) switch { (true, true) => CellChange.StayedHot, (true, false) => CellChange.NoLongerHot, _ => CellChange.NewlyHot };
            if (change == CellChange.StayedHot) stayedHot++;
            else if (change == CellChange.NoLongerHot) noLongerHot++;
            else newlyHot++;
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = JsonNode.Parse((after ?? before)!.Geometry),
                ["properties"] = new JsonObject
                {
                    ["x"] = key.X, ["y"] = key.Y, ["change"] = Name(change),
                    ["earlierBin"] = before?.Bin, ["laterBin"] = after?.Bin,
                },
            });
        }
        var collection = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
        return new CellChangeCounts(newlyHot, noLongerHot, stayedHot, collection.ToJsonString());
    }

    public static string Name(CellChange change) => change switch
    {
        CellChange.NewlyHot => "NEWLY_HOT", CellChange.NoLongerHot => "NO_LONGER_HOT", _ => "STAYED_HOT",
    };

    private sealed record Cell(int Bin, string Geometry);

    // Centres to the nearest metre: the same lattice gives the same centre, whatever extent each run covered.
    private static Dictionary<(double X, double Y), Cell> Cells(string collection)
    {
        using var document = JsonDocument.Parse(collection);
        var cells = new Dictionary<(double, double), Cell>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = feature.GetProperty("properties");
            cells[(Math.Round(p.GetProperty("x").GetDouble()), Math.Round(p.GetProperty("y").GetDouble()))] =
                new Cell(p.GetProperty("bin").GetInt32(), feature.GetProperty("geometry").GetRawText());
        }
        return cells;
    }
}
