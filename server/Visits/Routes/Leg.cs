namespace Hotspots.Visits;

/// <summary>One step of a planned route: straight-line metres from the previous stop and the estimated times.</summary>
public sealed record Leg(int Position, double MetresFromPrevious, double CumulativeMetres, TimeOnly Arrive, TimeOnly Leave);

public static class Timetable
{
    /// <summary>Arrival and leaving times when travelling at <paramref name="speedKmh"/> in straight lines and staying <paramref name="minutesPerVisit"/> at each stop.</summary>
    public static List<Leg> Of(IReadOnlyList<double> metresFromPrevious, TimeOnly startsAt, double speedKmh, int minutesPerVisit)
    {
        var legs = new List<Leg>();
        var clock = startsAt;
        var total = 0.0;
        for (var i = 0; i < metresFromPrevious.Count; i++)
        {
            total += metresFromPrevious[i];
            var arrive = clock.Add(TimeSpan.FromHours(metresFromPrevious[i] / 1000 / speedKmh));
            clock = arrive.AddMinutes(minutesPerVisit);
            legs.Add(new Leg(i + 1, metresFromPrevious[i], total, arrive, clock));
        }
        return legs;
    }
}
