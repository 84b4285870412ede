using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace Hotspots.Analysis;

/// <summary>
/// An OGC GeoPackage of one layer in British National Grid: the geometry blobs by NetTopologySuite.IO.GeoPackage, the
/// tables by SQLite. The marking is the layer's description in gpkg_contents and a column on every feature.
/// </summary>
public static class GeoPackageExport
{
    private const string BritishNationalGrid = """
        PROJCS["OSGB 1936 / British National Grid",GEOGCS["OSGB 1936",DATUM["OSGB_1936",SPHEROID["Airy 1830",6377563.396,299.3249646,AUTHORITY["EPSG","7001"]],TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489],AUTHORITY["EPSG","6277"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4277"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",49],PARAMETER["central_meridian",-2],PARAMETER["scale_factor",0.9996012717],PARAMETER["false_easting",400000],PARAMETER["false_northing",-100000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","27700"]]
        """;

    public static byte[] Write(ExportLayer layer)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hotspots-export-{Guid.NewGuid():N}.gpkg");
        try
        {
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                using var transaction = connection.BeginTransaction();
                Execute(connection, "PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;");
                CreateMetadata(connection);
                CreateLayer(connection, layer);
                transaction.Commit();
            }
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void CreateMetadata(SqliteConnection connection)
    {
        Execute(connection, """
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
                description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),
                ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
            """);
        Execute(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ('OSGB 1936 / British National Grid', 27700, 'EPSG', 27700, $1, NULL)", BritishNationalGrid);
    }

    private static void CreateLayer(SqliteConnection connection, ExportLayer layer)
    {
        var columns = string.Concat(layer.Columns.Select(c => $", \"{c.Name}\" {c.Type}"));
        Execute(connection, $"CREATE TABLE \"{layer.Name}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom {layer.GeometryType}{columns})");
        var extent = new NetTopologySuite.Geometries.Envelope();
        foreach (var f in layer.Features) extent.ExpandToInclude(f.Shape.EnvelopeInternal);
        Execute(connection, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) " +
                            "VALUES ($1, 'features', $2, $3, $4, $5, $6, $7, 27700)",
            layer.Name, $"{ExportMarking.Text} {layer.Name}", $"{ExportMarking.Text}. {ExportMarking.Handling}",
            extent.IsNull ? null : extent.MinX, extent.IsNull ? null : extent.MinY, extent.IsNull ? null : extent.MaxX, extent.IsNull ? null : extent.MaxY);
        Execute(connection, "INSERT INTO gpkg_geometry_columns VALUES ($1, 'geom', $2, 27700, 0, 0)", layer.Name, layer.GeometryType);

        var writer = new GeoPackageGeoWriter();
        var names = string.Concat(layer.Columns.Select(c => $", \"{c.Name}\""));
        var values = string.Concat(layer.Columns.Select((_, i) => $", ${i + 2}"));
        foreach (var feature in layer.Features)
            Execute(connection, $"INSERT INTO \"{layer.Name}\" (geom{names}) VALUES ($1{values})", [writer.Write(feature.Shape), .. feature.Values]);
    }

    // SQLite, the file being written: no PostgreSQL statement, so no unit of work.
    private static void Execute(SqliteConnection connection, string sql, params object?[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue($"${i + 1}", values[i] ?? DBNull.Value);
        command.ExecuteNonQuery();
    }
}
