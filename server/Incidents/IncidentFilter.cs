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
    IReadOnlyList<string>? SourceAgencies = null)
{
    /// <summary>The filter as the audit log keeps it: plain values, a drawn shape only as its bounds.</summary>
    public object Audited() => new
    {
        BoundingBox, AreaId, Within = Within?.EnvelopeInternal.ToString(), From, To,
        ExploitationTypes = ExploitationTypes?.Select(t => t.ToString()), VictimAgeGroups = VictimAgeGroups?.Select(a => a.ToString()), SourceAgencies,
    };
}
