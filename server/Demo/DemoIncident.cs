namespace Hotspots.Demo;

/// <summary>One row of incidents.csv.</summary>
/// <param name="OccurredTo">Set when the exploitation ran over a period rather than at a moment.</param>
/// <param name="IntelligenceGrade">A 3x5x5-style source and intelligence grade such as "2B", or empty.</param>
internal sealed record DemoIncident(
    string SourceReference, DateTime OccurredFrom, DateTime? OccurredTo, DateOnly ReportedOn,
    string ExploitationType, string VictimAgeGroup, string SourceAgency, string IntelligenceGrade,
    string LocationPrecision, string Sensitivity, string LawfulBasis, string AgreementReference,
    GridPoint Location);
