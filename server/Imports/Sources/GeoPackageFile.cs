using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Hotspots.Imports;

/// <summary>
/// A GeoPackage (SQLite): one feature layer, or the one named by --layer when it holds several. The file is copied to a
/// temporary file (SQLite reads files, not streams) and its rows read one at a time.
/// </summary>
public static class GeoPackageFile
{
    public static async Task<FeatureRows> Open(Stream stream, string? layer, CancellationToken cancel)
    {
        var path = Path.Combine(Path.GetTempPath(), "hotspots-gpkg-" + Guid.NewGuid().ToString("N") + ".gpkg");
        await using (var copy = File.Create(path)) await stream.CopyToAsync(copy, cancel);
        stream.Position = 0;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        void Close() { connection.Dispose(); File.Delete(path); }
        try
        {
            await connection.OpenAsync(cancel);
            var layers = await Layers(connection, cancel);
            if (layers.Count == 0) throw new ImportRefused("The GeoPackage has no feature layers.");
            var chosen = layer is null
                ? layers.Count == 1 ? layers[0] : throw new ImportRefused(
                    $"The GeoPackage has {layers.Count} layers: {string.Join("; ", layers)}. Say which to import (--layer NAME).")
                : layers.FirstOrDefault(l => string.Equals(l.Name, layer, StringComparison.OrdinalIgnoreCase)) ?? throw new ImportRefused(
                    $"The GeoPackage has no layer '{layer}'; it has {string.Join("; ", layers)}.");
            var srid = CoordinateSystems.FromEpsg(chosen.Srs, chosen.Name);
            var properties = new List<string>();
            // SQLite, the uploaded file itself: no PostgreSQL statement, so no unit of work.
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT * FROM {Quoted(chosen.Name)} LIMIT 0";
                await using var reader = await command.ExecuteReaderAsync(cancel);
                for (var i = 0; i < reader.FieldCount; i++)
                    if (!string.Equals(reader.GetName(i), chosen.Column, StringComparison.OrdinalIgnoreCase)) properties.Add(reader.GetName(i));
            }
            var features = Features(connection, chosen.Name, chosen.Column);
            return new FeatureRows(features, properties, srid, Close);
        }
        catch (SqliteException e)
        {
            Close();
            throw new ImportRefused($"The file is not a GeoPackage we can read: {e.Message}");
        }
        catch
        {
            Close();
            throw;
        }
    }

    /// <summary>The feature layers of a GeoPackage on disk, for the wizard to offer; empty when the file is not one.</summary>
    public static async Task<List<GeoPackageLayer>> LayersOf(string path, CancellationToken cancel)
    {
        var start = new byte[16];
        await using (var file = File.OpenRead(path))
            if (await file.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancel) < 16 || !start.AsSpan().StartsWith("SQLite format 3"u8))
                return [];
        await using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancel);
            return await Layers(connection, cancel);
        }
        catch (SqliteException) { return []; }
    }

    private static async Task<List<GeoPackageLayer>> Layers(SqliteConnection connection, CancellationToken cancel)
    {
        var layers = new List<GeoPackageLayer>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT c.table_name, g.column_name, coalesce(s.organization_coordsys_id, c.srs_id), g.geometry_type_name
                FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
                LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = c.srs_id
                WHERE c.data_type = 'features' ORDER BY c.table_name
                """;
            await using var reader = await command.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel))
                layers.Add(new GeoPackageLayer(reader.GetString(0), reader.GetString(3).ToUpperInvariant(), 0, reader.GetString(1), reader.GetInt64(2)));
        }
        for (var i = 0; i < layers.Count; i++)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM {Quoted(layers[i].Name)}";
            layers[i] = layers[i] with { Features = (long)(await count.ExecuteScalarAsync(cancel))! };
        }
        return layers;
    }

    /// <summary>The layer's rows one at a time, as the import asks for them: memory does not grow with the layer.</summary>
    private static IEnumerable<SourceFeature> Features(SqliteConnection connection, string table, string geometryColumn)
    {
        var geometries = new WKBReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Quoted(table)}";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var attributes = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            Geometry? shape = null;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (string.Equals(reader.GetName(i), geometryColumn, StringComparison.OrdinalIgnoreCase))
                    shape = reader.IsDBNull(i) ? null : Shape(geometries, (byte[])reader.GetValue(i));
                else attributes[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            yield return new SourceFeature(shape, attributes);
        }
    }

    private static string Quoted(string table) => $"\"{table.Replace("\"", "\"\"")}\"";

    /// <summary>A GeoPackage geometry blob: "GP", version, flags (envelope size, empty), srs_id, then standard WKB.</summary>
    private static Geometry? Shape(WKBReader wkb, byte[] blob)
    {
        if (blob.Length < 8 || blob[0] != 'G' || blob[1] != 'P' || (blob[3] & 0b1_0000) != 0) return null;
        var envelope = ((blob[3] >> 1) & 0b111) switch { 0 => 0, 1 => 32, 2 or 3 => 48, 4 => 64, _ => -1 };
        return envelope < 0 ? null : wkb.Read(blob.AsSpan(8 + envelope).ToArray());
    }
}
