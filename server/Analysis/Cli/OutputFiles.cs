using System.Globalization;

namespace Hotspots.Analysis;

/// <summary>The files the analyse command writes; numbers in invariant culture, round-trip precision.</summary>
internal static class OutputFiles
{
    public static void WriteCells(string path, GiStarResult result)
    {
        using var writer = Open(path);
        writer.WriteLine("col,row,x,y,count,z,p,bin");
        foreach (var c in result.Cells)
            writer.WriteLine($"{c.Col},{c.Row},{R(c.X)},{R(c.Y)},{R(c.Count)},{R(c.Z)},{R(c.P)},{c.Bin}");
    }

    /// <summary>ESRI ASCII grid: the header gives the lower-left corner; the first data row is the northernmost.</summary>
    public static void WriteEsriAscii(string path, DensityRaster raster)
    {
        var g = raster.Grid;
        using var writer = Open(path);
        writer.WriteLine($"ncols {g.Cols}");
        writer.WriteLine($"nrows {g.Rows}");
        writer.WriteLine($"xllcorner {R(g.X0)}");
        writer.WriteLine($"yllcorner {R(g.Y0)}");
        writer.WriteLine($"cellsize {R(g.CellSize)}");
        writer.WriteLine("NODATA_value -9999");
        for (int row = g.Rows - 1; row >= 0; row--)
        {
            for (int col = 0; col < g.Cols; col++)
            {
                if (col > 0) writer.Write(' ');
                writer.Write(R(raster.PerKm2[row * g.Cols + col]));
            }
            writer.WriteLine();
        }
    }

    /// <summary>One row per distance band × time band: [from, to) metres and days, pairs seen, expected, their ratio and p.</summary>
    public static void WriteNearRepeat(string path, NearRepeatResult result)
    {
        using var writer = Open(path);
        writer.WriteLine("metres_from,metres_to,days_from,days_to,observed,expected,ratio,p");
        for (var d = 0; d < result.DistanceEdges.Length - 1; d++)
            for (var t = 0; t < result.DayEdges.Length - 1; t++)
            {
                var ratio = result.Ratio(d, t);
                writer.WriteLine($"{R(result.DistanceEdges[d])},{R(result.DistanceEdges[d + 1])},{result.DayEdges[t]},{result.DayEdges[t + 1]}," +
                    $"{result.Observed[d, t]},{R(result.Expected[d, t])},{(double.IsNaN(ratio) ? "" : R(ratio))},{R(result.P[d, t])}");
            }
    }

    public static void WriteClusters(string path, string[] ids, DbscanResult result)
    {
        using var writer = Open(path);
        writer.WriteLine("id,cluster");
        for (int i = 0; i < ids.Length; i++) writer.WriteLine($"{Quote(ids[i])},{result.Cluster[i]}");
    }

    public static void WriteEmerging(string path, EmergingResult result)
    {
        using var writer = Open(path);
        writer.WriteLine("col,row,x,y,pattern,trend_z,trend_p");
        foreach (var c in result.Cells)
            writer.WriteLine($"{c.Col},{c.Row},{R(c.X)},{R(c.Y)},{c.Pattern.Label()},{R(c.TrendZ)},{R(c.TrendP)}");
    }

    internal static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    static string Quote(string id) => id.Contains(',') || id.Contains('"') ? $"\"{id.Replace("\"", "\"\"")}\"" : id;

    static StreamWriter Open(string path) => new(path, false, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
}
