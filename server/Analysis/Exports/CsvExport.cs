using System.Globalization;
using System.Text;
using NetTopologySuite.IO;

namespace Hotspots.Analysis;

/// <summary>One layer as CSV: its columns, then the shape as WKT in British National Grid (GDAL reads a "WKT" column as geometry).</summary>
public static class CsvExport
{
    public static byte[] Write(ExportLayer layer)
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", layer.Columns.Select(c => c.Name))).Append(",WKT\n");
        var wkt = new WKTWriter();
        foreach (var feature in layer.Features)
        {
            text.Append(string.Join(",", feature.Values.Select(Field)));
            text.Append(",\"").Append(wkt.Write(feature.Shape)).Append("\"\n");
        }
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static string Field(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => $"\"{other.ToString()!.Replace("\"", "\"\"")}\"",
    };
}
