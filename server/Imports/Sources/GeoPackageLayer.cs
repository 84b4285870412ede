namespace Hotspots.Imports;

/// <summary>A feature layer of a GeoPackage, as the wizard offers it and the command line lists it.</summary>
public sealed record GeoPackageLayer(string Name, string GeometryType, long Features, string Column, long Srs)
{
    public override string ToString() => $"{Name} ({Features:N0} {GeometryType.ToLowerInvariant()} features)";
}
