using Hotspots.Areas;
using NetTopologySuite.Geometries;

namespace Hotspots.Incidents;

/// <summary>What an analyst narrows the incidents to; every part is optional.</summary>
public sealed record IncidentFilter(
    BoundingBox? BoundingBox = null,
    long? AreaId = null,
    Geometry? Within = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    IReadOnlyList<ExploitationType>? ExploitationTypes = null,
    IReadOnlyList<VictimAgeGroup>? VictimAgeGroups = null,
    IReadOnlyList<string>? SourceAgencies = null);
