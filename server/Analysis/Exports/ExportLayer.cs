using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>One layer of a run as it leaves the workspace: features in British National Grid with the columns named.</summary>
public sealed record ExportLayer(string Name, string GeometryType, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<ExportFeature> Features);

/// <param name="Type">"INTEGER", "REAL" or "TEXT", as GeoPackage (SQLite) names them.</param>
public sealed record ExportColumn(string Name, string Type);

public sealed record ExportFeature(Geometry Shape, object?[] Values);

/// <summary>What every exported file says about itself.</summary>
public static class ExportMarking
{
    // Analysis results describe where victims of serious crime were found: marked as such whatever the inputs' records.
    public const string Text = "OFFICIAL-SENSITIVE";
    public const string Handling = "Hotspots analysis export. Handle under the partnership's information sharing agreement; do not publish.";
}
