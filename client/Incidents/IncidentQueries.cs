using System.Text.Json;

namespace Hotspots.Client.Incidents;

/// <summary>
/// Features is the GeoJSON FeatureCollection as UTF-8 text, unparsed: it goes to the map as it came. FullRecords
/// are drawn one by one; Generalised is how many more the viewer may only count (per grid cell), as displayed;
/// Classification is the highest marking of what is drawn (OFFICIAL or OFFICIAL_SENSITIVE).
/// </summary>
public sealed record MapLayer(long FullRecords, string Generalised, long WithheldCells, int Shown, byte[] Features, string Classification);

/// <summary>Every part optional; the server combines them with AND. To is exclusive.</summary>
public sealed record IncidentFilter(DateTimeOffset? From = null, DateTimeOffset? To = null, IReadOnlyList<string>? ExploitationTypes = null,
    IReadOnlyList<string>? VictimAgeGroups = null, IReadOnlyList<string>? SourceAgencies = null);

public sealed record Incident(string Id, double Easting, double Northing, DateTimeOffset OccurredFrom, DateTimeOffset? OccurredTo,
    string? ReportedOn, string ExploitationType, string VictimAgeGroup, string SourceAgency, string? SourceReference,
    string? IntelligenceGrade, string LocationPrecision, string Sensitivity, string? LawfulBasis, string? AgreementReference,
    IReadOnlyList<IncidentSource> Sources);

/// <summary>One agency's report of the incident; Id and Reference only when the viewer may see that record in full.</summary>
public sealed record IncidentSource(string? Id, string Agency, string? Reference);

public static class IncidentQueries
{
    /// <summary>
    /// The incidents in the map's window (the whole district when window is null); past pointBudget records there they
    /// come as clusters, so the map asks again, finer, as the user zooms in.
    /// </summary>
    public static async Task<MapLayer> IncidentMap(this GraphQLClient client, IncidentFilter filter, Map.MapWindow? window = null, int pointBudget = 25_000) =>
        MapLayerReader.Read(await client.Send(
            "query($filter: IncidentFilter, $budget: Int) { incidentMap(filter: $filter, pointBudget: $budget) { fullRecords generalisedRecords { display } withheldCells shown classification features } }",
            new { filter = Windowed(filter, window), budget = pointBudget }));

    private static object Windowed(IncidentFilter filter, Map.MapWindow? window) => new
    {
        filter.From, filter.To, filter.ExploitationTypes, filter.VictimAgeGroups, filter.SourceAgencies,
        BoundingBox = window is null ? null : new { window.MinX, window.MinY, window.MaxX, window.MaxY, Crs = "BRITISH_NATIONAL_GRID" },
    };

    public static Task<Incident?> Incident(this GraphQLClient client, string id) => client.Field<Incident?>("incident", """
        query($id: ID!) { incident(id: $id) { id easting northing occurredFrom occurredTo reportedOn exploitationType victimAgeGroup
          sourceAgency sourceReference intelligenceGrade locationPrecision sensitivity lawfulBasis agreementReference
          sources { id agency reference } } }
        """, new { id });
}
