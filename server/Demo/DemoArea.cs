using NetTopologySuite.Geometries;

namespace Hotspots.Demo;

/// <param name="Kind">"district" or "ward", as the areas table names them.</param>
internal sealed record DemoArea(string Kind, string Code, string Name, Geometry Geometry);
