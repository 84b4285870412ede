using System.IO.Compression;
using Hotspots.Imports;
using Hotspots.Tests.Database;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Esri;

namespace Hotspots.Tests.Imports.Sources;

/// <summary>Zipped Shapefiles and GeoPackages, written here with NetTopologySuite's writers into a temporary folder.</summary>
public sealed class GisFileTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IDisposable
{
    private const string BritishNationalGrid = """PROJCS["British_National_Grid",GEOGCS["GCS_OSGB_1936",DATUM["D_OSGB_1936",SPHEROID["Airy_1830",6377563.396,299.3249646]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",400000.0],PARAMETER["False_Northing",-100000.0],PARAMETER["Central_Meridian",-2.0],PARAMETER["Scale_Factor",0.9996012717],PARAMETER["Latitude_Of_Origin",49.0],UNIT["Meter",1.0]]""";
    private const string Wgs84 = """GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""";
    private const string Utm30 = """PROJCS["WGS_1984_UTM_Zone_30N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],UNIT["Meter",1.0]]""";
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("hotspots-gis-test-");

    [Fact]
    public async Task Premises_from_a_zipped_shapefile_in_british_national_grid()
    {
        var zip = ShapefileZip("premises", BritishNationalGrid, skip: null,
            Point(414541, 416892, ("REFERENCE", "SP1"), ("ADDRESS", "1 Mill Lane"), ("USE", "hmo")),
            Point(414600, 416900, ("REFERENCE", "SP2"), ("ADDRESS", "2 Mill Lane"), ("USE", "castle")));
        var summary = await Imports.Bytes(db, ImportKind.Premises, zip);
        Assert.Equal((2, 1, 1), (summary.Read, summary.Imported, summary.Rejected));
        Assert.Contains("use 'castle'", summary.FirstProblems[0].Reason);
        Assert.Equal("POINT(414541 416892)", await db.Scalar<string>("SELECT ST_AsText(location) FROM premises WHERE reference = 'SP1'"));
    }

    [Fact]
    public async Task Incidents_from_a_zipped_shapefile_in_wgs84_land_on_the_grid()
    {
        var zip = ShapefileZip("incidents", Wgs84, skip: null,
            Point(-1.784866, 53.645792, ("REF", "SI1"), ("DATE", "2025-03-04"), ("TYPE", "labour"), ("AGE", "adult")));
        var summary = await Imports.Bytes(db, ImportKind.Incidents, zip);
        Assert.Equal(1, summary.Imported);
        var (e, n) = Grid.FromLongitudeLatitude(-1.784866, 53.645792);
        Assert.True(await db.Scalar<double>("SELECT ST_Distance(location, ST_SetSRID(ST_MakePoint($1, $2), 27700)) FROM incidents WHERE source_reference = 'SI1'", e, n) < 0.01);
    }

    [Theory]
    [InlineData(".prj", "no premises.prj, so its coordinate system is unknown")]
    [InlineData(".dbf", "no premises.dbf, which holds the attributes")]
    public async Task A_zip_missing_a_part_is_refused_naming_it(string skip, string message)
    {
        var zip = ShapefileZip("premises", BritishNationalGrid, skip, Point(414541, 416892, ("ADDRESS", "1 Mill Lane")));
        Assert.Contains(message, (await Assert.ThrowsAsync<ImportRefused>(() => Imports.Bytes(db, ImportKind.Premises, zip))).Message);
    }

    [Fact]
    public async Task An_unknown_coordinate_system_is_refused_by_name()
    {
        var zip = ShapefileZip("premises", Utm30, skip: null, Point(414541, 416892, ("ADDRESS", "1 Mill Lane")));
        var refused = await Assert.ThrowsAsync<ImportRefused>(() => Imports.Bytes(db, ImportKind.Premises, zip));
        Assert.Contains("'WGS_1984_UTM_Zone_30N', which we do not read", refused.Message);
    }

    [Fact]
    public async Task A_geopackage_with_several_layers_is_refused_listing_them_until_one_is_named()
    {
        var path = Path.Combine(folder.FullName, "kirklees.gpkg");
        GeoPackages.WardsAndRoads(path);
        var bytes = await File.ReadAllBytesAsync(path);
        var refused = await Assert.ThrowsAsync<ImportRefused>(() => Imports.Bytes(db, ImportKind.Areas, bytes));
        Assert.Contains("2 layers: roads (2 linestring features); wards (1 polygon features). Say which to import (--layer NAME)", refused.Message);
        var summary = await Imports.Bytes(db, ImportKind.Areas, bytes, o => o with { Layer = "wards" });
        Assert.Equal(1, summary.Imported);
        Assert.Equal(1_000_000.0, await db.Scalar<double>("SELECT ST_Area(boundary) FROM areas WHERE code = 'W01'"));
    }

    private static Feature Point(double x, double y, params (string Name, string Value)[] attributes)
    {
        var table = new AttributesTable();
        foreach (var (name, value) in attributes) table.Add(name, value);
        return new Feature(new Point(x, y), table);
    }

    private byte[] ShapefileZip(string name, string prj, string? skip, params Feature[] features)
    {
        var shpFolder = Directory.CreateDirectory(Path.Combine(folder.FullName, Guid.NewGuid().ToString("N")));
        Shapefile.WriteAllFeatures(features, Path.Combine(shpFolder.FullName, name + ".shp"));
        File.WriteAllText(Path.Combine(shpFolder.FullName, name + ".prj"), prj);
        var zip = Path.Combine(folder.FullName, Guid.NewGuid().ToString("N") + ".zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            foreach (var file in shpFolder.GetFiles().Where(f => f.Extension != skip))
                archive.CreateEntryFromFile(file.FullName, file.Name);
        return File.ReadAllBytes(zip);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
