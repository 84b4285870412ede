using System.IO.Compression;
using NetTopologySuite.IO.Esri;

namespace Hotspots.Imports;

/// <summary>
/// A zipped Shapefile: the .shp with its .dbf (attributes) and .prj (coordinate system), unpacked to a temporary folder
/// (at most the upload limit once unpacked) and read one feature at a time, so memory does not grow with the file.
/// </summary>
public static class ShapefileZip
{
    public static FeatureRows Open(Stream stream, string? layer, long maxBytes)
    {
        var folder = Directory.CreateTempSubdirectory("hotspots-shp-");
        try
        {
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
            {
                var entries = zip.Entries.Where(e => e.Name.Length > 0 && !e.FullName.StartsWith("__MACOSX")).ToList();
                if (entries.Sum(e => e.Length) is var unpacked && unpacked > maxBytes)
                    throw new ImportRefused($"The zip unpacks to {unpacked / 1048576.0:0.#} MB, over the limit of {maxBytes / 1048576.0:0.#} MB.");
                foreach (var entry in entries) entry.ExtractToFile(Path.Combine(folder.FullName, entry.Name), overwrite: true);
            }
            stream.Position = 0;
            var shapes = Directory.GetFiles(folder.FullName, "*.shp", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive });
            var names = shapes.Select(Path.GetFileNameWithoutExtension).Order().ToList();
            if (shapes.Length == 0) throw new ImportRefused("The zip holds no .shp file: zip the Shapefile's .shp, .shx, .dbf and .prj together.");
            var shp = layer is null
                ? shapes.Length == 1 ? shapes[0] : throw new ImportRefused($"The zip holds {shapes.Length} Shapefiles: {string.Join(", ", names)}. Say which to import (--layer NAME).")
                : shapes.FirstOrDefault(s => string.Equals(Path.GetFileNameWithoutExtension(s), layer, StringComparison.OrdinalIgnoreCase))
                  ?? throw new ImportRefused($"The zip has no Shapefile '{layer}'; it has {string.Join(", ", names)}.");
            var name = Path.GetFileNameWithoutExtension(shp);
            _ = Sibling(shp, ".dbf") ?? throw new ImportRefused($"The zip has {name}.shp but no {name}.dbf, which holds the attributes: zip the .shp, .shx, .dbf and .prj together.");
            var prj = Sibling(shp, ".prj") ?? throw new ImportRefused($"The zip has {name}.shp but no {name}.prj, so its coordinate system is unknown: zip the .prj too (British National Grid or WGS84).");
            var srid = CoordinateSystems.FromPrj(File.ReadAllText(prj), Path.GetFileName(prj));
            var reader = Shapefile.OpenRead(shp);
            var properties = reader.Fields.Select(f => f.Name).ToList();
            var rows = reader.Select(f => new SourceFeature(f.Geometry,
                f.Attributes.GetNames().ToDictionary(n => n, n => (object?)f.Attributes[n], StringComparer.OrdinalIgnoreCase)));
            return new FeatureRows(rows, properties, srid, () =>
            {
                reader.Dispose();
                folder.Delete(recursive: true);
            });
        }
        catch (Exception e) when (e is InvalidDataException)
        {
            folder.Delete(recursive: true);
            throw new ImportRefused($"The file is not a zip we can open: {e.Message}");
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }
    }

    private static string? Sibling(string shp, string extension) =>
        Directory.GetFiles(Path.GetDirectoryName(shp)!, Path.GetFileNameWithoutExtension(shp) + ".*")
            .FirstOrDefault(f => string.Equals(Path.GetExtension(f), extension, StringComparison.OrdinalIgnoreCase));
}
