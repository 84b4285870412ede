using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Hotspots.Analysis;

/// <summary>Reads a study-area boundary from GeoJSON (geometry, Feature or FeatureCollection) in BNG metres.</summary>
public static class BoundaryFile
{
    public static Geometry Read(string path)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        string type = document.RootElement.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
        var geometries = type switch
        {
            "FeatureCollection" => document.RootElement.Deserialize<FeatureCollection>(options)!.Select(f => f.Geometry).ToList(),
            "Feature" => [document.RootElement.Deserialize<IFeature>(options)!.Geometry],
            _ => [document.RootElement.Deserialize<Geometry>(options)!],
        };
        var notPolygon = geometries.FirstOrDefault(g => g is not (Polygon or MultiPolygon));
        if (geometries.Count == 0 || notPolygon is not null)
            throw new AnalysisInputException(
                $"The boundary in {path} must be a Polygon or MultiPolygon, but it holds {notPolygon?.GeometryType ?? "no geometry"}.");
        return geometries.Count == 1 ? geometries[0] : NetTopologySuite.Operation.Union.UnaryUnionOp.Union(geometries);
    }
}
