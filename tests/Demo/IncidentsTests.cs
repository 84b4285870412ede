using System.Globalization;
using Hotspots.Demo;

namespace Hotspots.Tests.Demo;

public class IncidentsTests(DemoFiles demo) : IClassFixture<DemoFiles>
{
    private CsvTable Incidents => demo.Incidents;

    [Fact]
    public void Header_is_exactly_the_import_format()
    {
        var header = File.ReadLines(Path.Combine(demo.Folder, "incidents.csv")).First();
        Assert.Equal("source_reference,occurred_from,occurred_to,reported_on,exploitation_type,victim_age_group," +
                     "source_agency,intelligence_grade,location_precision,sensitivity,lawful_basis," +
                     "agreement_reference,easting,northing", header);
    }

    [Fact]
    public void As_many_rows_as_asked() => Assert.Equal(DemoFiles.IncidentCount, Incidents.Rows.Count);

    [Theory]
    [InlineData("exploitation_type")]
    [InlineData("victim_age_group")]
    [InlineData("source_agency")]
    [InlineData("location_precision")]
    [InlineData("sensitivity")]
    [InlineData("lawful_basis")]
    public void Codes_come_from_the_allowed_lists(string column)
    {
        var allowed = column switch
        {
            "exploitation_type" => IncidentCodes.ExploitationTypes,
            "victim_age_group" => IncidentCodes.VictimAgeGroups,
            "source_agency" => IncidentCodes.SourceAgencies,
            "location_precision" => IncidentCodes.LocationPrecisions,
            "sensitivity" => IncidentCodes.Sensitivities,
            _ => IncidentCodes.LawfulBases,
        };
        Assert.All(Incidents.Column(column), value => Assert.Contains(value, allowed));
    }

    [Fact]
    public void Grades_references_and_agreements_are_well_formed()
    {
        Assert.All(Incidents.Column("intelligence_grade"), g => Assert.Matches("^([1-3][A-E])?$", g));
        Assert.All(Incidents.Column("source_reference"), r => Assert.Matches(@"^[A-Z]+-20\d\d-\d{6}$", r));
        Assert.Equal(Incidents.Rows.Count, Incidents.Column("source_reference").Distinct().Count());
        Assert.All(Incidents.Column("agreement_reference"), a => Assert.Matches(@"^KMSP-ISA-20\d\d-\d\d$", a));
    }

    [Fact]
    public void Dates_fall_in_the_period_and_reports_follow_within_sixty_days()
    {
        foreach (var row in Incidents.Rows)
        {
            var from = DateTime.Parse(row[Incidents.Index("occurred_from")], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            var to = row[Incidents.Index("occurred_to")];
            var reported = DateOnly.ParseExact(row[Incidents.Index("reported_on")], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.InRange(DateOnly.FromDateTime(from), new DateOnly(2023, 12, 1), new DateOnly(2026, 11, 27));
            Assert.InRange(reported.DayNumber - DateOnly.FromDateTime(from).DayNumber, 0, 60);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$", row[Incidents.Index("occurred_from")]);
            if (to != "") Assert.True(DateTime.Parse(to, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal) > from);
        }
    }

    [Fact]
    public void Every_incident_is_inside_the_district() => Assertions.AllInside(demo.District, Incidents);

    [Fact]
    public void Police_report_about_half_and_some_are_sensitive()
    {
        var police = Incidents.Column("source_agency").Count(a => a == "police") / (double)Incidents.Rows.Count;
        var sensitive = Incidents.Column("sensitivity").Count(s => s == "official_sensitive") / (double)Incidents.Rows.Count;
        Assert.InRange(police, 0.45, 0.65);
        Assert.InRange(sensitive, 0.08, 0.25);
    }
}
