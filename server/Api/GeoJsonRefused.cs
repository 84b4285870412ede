namespace Hotspots.Api;

/// <summary>Why a GeoJSON value was refused, e.g. a self-intersecting ring; safe and useful to tell the client.</summary>
public sealed class GeoJsonRefused(string message) : FormatException(message);
