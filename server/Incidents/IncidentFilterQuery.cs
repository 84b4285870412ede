using System.Globalization;
using Hotspots.Database;
using Microsoft.Extensions.Primitives;

namespace Hotspots.Incidents;

/// <summary>
/// The incidentMap filter read from a URL query string, for tiles:
/// <c>?from=2024-01-01&amp;to=2025-01-01&amp;exploitationTypes=LABOUR,SEXUAL&amp;victimAgeGroups=CHILD&amp;sourceAgencies=police&amp;areaId=3</c>.
/// The tile itself is the map window.
/// </summary>
public static class IncidentFilterQuery
{
    public static (IncidentFilter? Filter, string? Problem) Read(IQueryCollection query)
    {
        try
        {
            return (new IncidentFilter(
                AreaId: query["areaId"] is { Count: > 0 } area ? long.Parse(area.ToString(), CultureInfo.InvariantCulture) : null,
                From: Time(query["from"]),
                To: Time(query["to"]),
                ExploitationTypes: List(query["exploitationTypes"], Codes.Parse<ExploitationType>),
                VictimAgeGroups: List(query["victimAgeGroups"], Codes.Parse<VictimAgeGroup>),
                SourceAgencies: List(query["sourceAgencies"], s => s)), null);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return (null, $"The filter in the query string is not valid: {e.Message}");
        }
    }

    /// <summary>The filter's parameters in a fixed order, so equal filters make equal cache keys.</summary>
    public static string Canonical(IQueryCollection query) => string.Join("&",
        new[] { "areaId", "from", "to", "exploitationTypes", "victimAgeGroups", "sourceAgencies" }.Select(k => $"{k}={query[k]}"));

    private static DateTimeOffset? Time(StringValues value) =>
        value.Count == 0 ? null : DateTimeOffset.Parse(value.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static List<T>? List<T>(StringValues values, Func<string, T> parse)
    {
        var items = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return items.Count == 0 ? null : items.Select(parse).ToList();
    }
}
