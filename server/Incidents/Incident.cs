namespace Hotspots.Incidents;

public enum ExploitationType
{
    Sexual, Labour, ForcedBegging, CannabisCultivation, OrganisedTheft, BenefitFraud,
    ChildSexualExploitation, ChildCriminalExploitation, DomesticServitude, ForcedMarriage,
    OrganHarvesting, Unknown,
}

public enum VictimAgeGroup { Adult, Child, Unknown }

public enum LocationPrecision { Exact, Postcode, Street, Area }

public enum Sensitivity { Official, OfficialSensitive }

/// <summary>A report of suspected modern slavery, as one reader may see it.</summary>
public sealed record Incident(
    long Id,
    string Location,
    double Easting,
    double Northing,
    DateTimeOffset OccurredFrom,
    DateTimeOffset? OccurredTo,
    DateOnly? ReportedOn,
    ExploitationType ExploitationType,
    VictimAgeGroup VictimAgeGroup,
    string SourceAgency,
    string? SourceReference,
    string? IntelligenceGrade,
    LocationPrecision LocationPrecision,
    Sensitivity Sensitivity,
    string? LawfulBasis,
    string? AgreementReference,
    DateOnly ReviewDue,
    IReadOnlyList<IncidentSource> Sources);
