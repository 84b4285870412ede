namespace Hotspots.Demo;

/// <summary>
/// Streams seeded incidents in date order: planted concentrations over a background spread by
/// town population with distance decay. Memory stays flat however many are asked for.
/// </summary>
internal static class IncidentGenerator
{
    public static IEnumerable<DemoIncident> Generate(int seed, int count)
    {
        var rng = new Random(seed);
        var scatter = new DistrictScatter(rng);
        var references = new SourceReferences();
        for (var i = 0; i < count; i++)
        {
            var day = (int)((long)i * DemoPeriod.Days / count);
            var concentration = PickConcentration(rng, (day + 0.5) / DemoPeriod.Days);
            var type = concentration?.ExploitationType ?? IncidentAttributes.BackgroundType.Draw(rng);
            var location = concentration is null ? Background(rng, scatter) : Planted(rng, scatter, concentration);
            yield return Describe(rng, references, day, type, location);
        }
    }

    private static Concentration? PickConcentration(Random rng, double t)
    {
        var u = rng.NextDouble();
        foreach (var c in Concentration.All)
        {
            if (u < c.ShareAt(t)) return c;
            u -= c.ShareAt(t);
        }
        return null;
    }

    private static GridPoint Planted(Random rng, DistrictScatter scatter, Concentration c)
    {
        var (easting, northing) = c.Sites[rng.Next(c.Sites.Length)];
        return scatter.Around(easting, northing, c.Spread);
    }

    // A few incidents happen out in the country, away from any town.
    private static GridPoint Background(Random rng, DistrictScatter scatter) =>
        rng.NextDouble() < 0.04 ? scatter.Rural(800) : scatter.NearTown(Kirklees.TownByPopulation.Draw(rng));

    private static DemoIncident Describe(Random rng, SourceReferences references, int day, string type, GridPoint location)
    {
        var date = DemoPeriod.First.AddDays(day);
        var from = date.ToDateTime(new TimeOnly(IncidentAttributes.Hour(rng, type), 5 * rng.Next(12)), DateTimeKind.Utc);
        var to = from + IncidentAttributes.Duration(rng, type);
        var earliestReport = DateOnly.FromDateTime(to ?? from).DayNumber - date.DayNumber;
        var reported = date.AddDays(Math.Max(earliestReport, Math.Min(60, (int)(-12 * Math.Log(1 - rng.NextDouble())))));
        if (reported > DemoPeriod.Last) reported = DemoPeriod.Last;
        if (to is not null && DateOnly.FromDateTime(to.Value) > reported) to = reported.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        var agency = Agencies.Draw(rng, type);
        var age = IncidentAttributes.AgeGroup(rng, type);
        return new(
            references.Next(agency, reported.Year), from, to <= from ? null : to, reported, type, age, agency,
            IncidentAttributes.Grade(rng), IncidentAttributes.LocationPrecision(rng),
            IncidentAttributes.Sensitivity(rng, age), Agencies.LawfulBasis(rng, agency),
            Agencies.AgreementReference(agency), location);
    }
}
