namespace Hotspots.Demo;

internal static class IncidentsCsv
{
    public static readonly string[] Header =
    [
        "source_reference", "occurred_from", "occurred_to", "reported_on", "exploitation_type",
        "victim_age_group", "source_agency", "intelligence_grade", "location_precision", "sensitivity",
        "lawful_basis", "agreement_reference", "easting", "northing",
    ];

    public static int Write(string path, IEnumerable<DemoIncident> incidents)
    {
        using var csv = DemoCsv.Create(path, Header);
        foreach (var i in incidents)
        {
            csv.WriteRow(
                i.SourceReference, DemoCsv.Timestamp(i.OccurredFrom),
                i.OccurredTo is { } to ? DemoCsv.Timestamp(to) : "", DemoCsv.Date(i.ReportedOn),
                i.ExploitationType, i.VictimAgeGroup, i.SourceAgency, i.IntelligenceGrade, i.LocationPrecision,
                i.Sensitivity, i.LawfulBasis, i.AgreementReference,
                DemoCsv.Metres(i.Location.Easting), DemoCsv.Metres(i.Location.Northing));
        }
        return csv.Rows;
    }
}
