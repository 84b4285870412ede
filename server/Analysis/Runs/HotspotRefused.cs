using Hotspots.Api;

namespace Hotspots.Analysis;

/// <summary>A saved hotspot that cannot be saved, reshaped or deleted as asked, with what to do instead.</summary>
public sealed class HotspotRefused(string message) : Refused("HOTSPOT_REFUSED", message);
