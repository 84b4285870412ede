using Hotspots.Imports;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports.Sources;

/// <summary>The wizard's preview of GIS files: their attribute names are columns to map, like a CSV's headers.</summary>
public sealed class GisPreviewTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const string Incidents = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:27700"}},"features":[
         {"type":"Feature","properties":{"when":"2025-03-04","kind":"labour","case":"G1"},"geometry":{"type":"Point","coordinates":[414541,416892]}},
         {"type":"Feature","properties":{"when":"2025-03-05","kind":"sexual","case":"G2"},"geometry":{"type":"Point","coordinates":[414600,416900]}}
        ]}
        """;

    [Fact]
    public async Task Geojson_attribute_names_are_mapped_like_csv_columns()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, Incidents);
        try
        {
            var importer = new Importer(db.DataSource);
            var options = new ImportOptions(ImportKind.Incidents, "cases.geojson") { ImportedBy = "test" };

            var guessed = await ImportPreview.Of(importer, path, options, CancellationToken.None);
            Assert.Equal(["when", "kind", "case"], guessed.Columns);
            Assert.Equal(["2025-03-04", "labour", "G1"], guessed.FirstRows[0]);
            Assert.Contains("occurred_from", guessed.Refusal);

            var mapped = await ImportPreview.Of(importer, path, options with
            {
                Mapping = new IncidentMapping(new() { ["occurred_from"] = "when", ["exploitation_type"] = "kind", ["source_reference"] = "case" }),
            }, CancellationToken.None);
            Assert.Null(mapped.Refusal);
            Assert.Equal(2, mapped.Summary!.Imported);
            Assert.Equal(("G1", "E 414541 N 416892"), (mapped.Sample[0].SourceReference, mapped.Sample[0].Location));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_geopackage_preview_lists_its_layers_and_the_chosen_layer_s_attributes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"layers-{Guid.NewGuid():N}.gpkg");
        GeoPackages.WardsAndRoads(path);
        try
        {
            var importer = new Importer(db.DataSource);
            var options = new ImportOptions(ImportKind.Areas, "kirklees.gpkg") { ImportedBy = "test" };

            var unchosen = await ImportPreview.Of(importer, path, options, CancellationToken.None);
            Assert.Equal([("roads", "LINESTRING", 2L), ("wards", "POLYGON", 1L)], unchosen.Layers.Select(l => (l.Name, l.GeometryType, l.Features)));
            Assert.Contains("Say which to import", unchosen.Refusal);

            var wards = await ImportPreview.Of(importer, path, options with { Layer = "wards" }, CancellationToken.None);
            Assert.Equal(1, wards.Summary!.Imported);
            Assert.Equal(["fid", "code", "name"], wards.Columns);
            Assert.Equal("Newsome", wards.FirstRows[0][2]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
