using System.Text.Json;

namespace Hotspots.Incidents;

/// <summary>
/// One agency's record of a reported incident. Reports of the same thing by several agencies are linked on import and
/// shown as one incident with each of them as a source; the id and reference are given only when you may see that record in full.
/// </summary>
public sealed record IncidentSource(long? Id, string Agency, string? Reference)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The linked group's sources from IncidentAccess (JSON), or the record alone when it was never linked.</summary>
    public static IReadOnlyList<IncidentSource> Read(string? linked, long id, string agency, string? reference) =>
        linked is null ? [new IncidentSource(id, agency, reference)] : JsonSerializer.Deserialize<IncidentSource[]>(linked, Json)!;
}
