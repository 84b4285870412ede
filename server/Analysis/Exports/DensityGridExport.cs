using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Hotspots.Analysis;

/// <summary>
/// A kernel density surface as an ESRI ASCII grid (incidents per km², rows from the north), zipped with its .prj so GIS
/// tools know it is British National Grid, and a note of its marking.
/// </summary>
public static class DensityGridExport
{
    // ESRI's own WKT of EPSG:27700, as ArcGIS writes it and GDAL reads it from a .prj.
    private const string Projection = """
        PROJCS["British_National_Grid",GEOGCS["GCS_OSGB_1936",DATUM["D_OSGB_1936",SPHEROID["Airy_1830",6377563.396,299.3249646]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",400000.0],PARAMETER["False_Northing",-100000.0],PARAMETER["Central_Meridian",-2.0],PARAMETER["Scale_Factor",0.9996012717],PARAMETER["Latitude_Of_Origin",49.0],UNIT["Meter",1.0]]
        """;

    public static byte[] Write(long runId, DensitySurface density)
    {
        var grid = new StringBuilder();
        grid.Append(CultureInfo.InvariantCulture, $"ncols {density.Columns}\nnrows {density.Rows}\n");
        grid.Append(CultureInfo.InvariantCulture, $"xllcorner {density.MinX:R}\nyllcorner {density.MinY:R}\ncellsize {density.CellSize:R}\nNODATA_value -9999\n");
        for (var row = 0; row < density.Rows; row++)
        {
            grid.AppendJoin(' ', density.PerKm2.Skip(row * density.Columns).Take(density.Columns).Select(v => v.ToString("0.######", CultureInfo.InvariantCulture)));
            grid.Append('\n');
        }
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            Add(zip, $"run_{runId}_density.asc", grid.ToString());
            Add(zip, $"run_{runId}_density.prj", Projection);
            Add(zip, "CLASSIFICATION.txt", $"{ExportMarking.Text}\n{ExportMarking.Handling}\nKernel density of run {runId}, incidents per km².\n");
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
