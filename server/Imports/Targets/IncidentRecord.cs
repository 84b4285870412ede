namespace Hotspots.Imports;

/// <summary>An incident row ready to stage: location in British National Grid, or only a postcode to look up.</summary>
public sealed record IncidentRecord(
    DateTimeOffset OccurredFrom, DateTimeOffset? OccurredTo, DateOnly? ReportedOn, string ExploitationType,
    string VictimAgeGroup, string? SourceReference, string? IntelligenceGrade, string LocationPrecision,
    string? Postcode, double? Easting, double? Northing);
