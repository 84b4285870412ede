using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Incidents;

/// <summary>
/// The one statement definition the incident map (GeoJSON) and its vector tiles share: the viewer's view as a CTE named
/// <c>matched</c>, and how a counted cell is labelled. The two differ only in how they cluster and encode what they draw.
/// </summary>
public static class MapRows
{
    // The threshold as a sub-select, worked out once: called bare, the function reads access_policy per row (a third of
    // an analyst's pan over 29,000 records at a million, docs/benchmarks.md).
    public static string Matched(SqlConditions sql, Viewer viewer, IncidentFilter filter) => $"""
        matched AS MATERIALIZED (
            SELECT view.*, (SELECT suppression_threshold()) AS threshold FROM {IncidentView.Of(sql, viewer, filter)})
        """;

    /// <summary>A counted cell's count as the map shows it; null where it is withheld.</summary>
    public const string Count = "n";

    /// <summary>A counted cell's label: its shown count, or "&lt;5" where it is withheld.</summary>
    public const string Label = "coalesce(n::text, '<' || threshold)";
}
