using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Hotspots.Tests.Imports.Sources;

/// <summary>GeoPackages written with SQLite itself: the tables and geometry blobs of the OGC encoding, nothing more.</summary>
public static class GeoPackages
{
    /// <summary>Two layers: wards (one ward, W01 Newsome, a 1 km square) and roads (two lines).</summary>
    public static void WardsAndRoads(string path)
    {
        using var sqlite = new SqliteConnection($"Data Source={path};Pooling=False");
        sqlite.Open();
        Run(sqlite, """
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT);
            INSERT INTO gpkg_spatial_ref_sys VALUES ('British National Grid', 27700, 'EPSG', 27700, 'undefined', NULL);
            CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, description TEXT, last_change TEXT, min_x REAL, min_y REAL, max_x REAL, max_y REAL, srs_id INTEGER);
            CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);
            """);
        foreach (var (layer, type) in new[] { ("wards", "POLYGON"), ("roads", "LINESTRING") })
            Run(sqlite, $"""
                CREATE TABLE {layer} (fid INTEGER PRIMARY KEY, geom BLOB, code TEXT, name TEXT);
                INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('{layer}', 'features', '{layer}', 27700);
                INSERT INTO gpkg_geometry_columns VALUES ('{layer}', 'geom', '{type}', 27700, 0, 0);
                """);
        var grid = new GeometryFactory(new PrecisionModel(), 27700);
        Insert(sqlite, "wards", "W01", "Newsome", grid.CreatePolygon([new(414000, 416000), new(415000, 416000), new(415000, 417000), new(414000, 417000), new(414000, 416000)]));
        Insert(sqlite, "roads", "A62", "Leeds Road", grid.CreateLineString([new(414000, 416000), new(415000, 417000)]));
        Insert(sqlite, "roads", "A629", "Wakefield Road", grid.CreateLineString([new(414000, 417000), new(415000, 416000)]));
    }

    private static void Insert(SqliteConnection sqlite, string layer, string code, string name, Geometry shape)
    {
        using var insert = sqlite.CreateCommand();
        insert.CommandText = $"INSERT INTO {layer} (geom, code, name) VALUES ($g, $code, $name)";
        insert.Parameters.AddWithValue("$g", (byte[])[(byte)'G', (byte)'P', 0, 1, .. BitConverter.GetBytes(27700), .. new WKBWriter(ByteOrder.LittleEndian, false).Write(shape)]);
        insert.Parameters.AddWithValue("$code", code);
        insert.Parameters.AddWithValue("$name", name);
        insert.ExecuteNonQuery();
    }

    private static void Run(SqliteConnection sqlite, string sql)
    {
        using var command = sqlite.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
