using System.Diagnostics;
using Hotspots.Visits;

namespace Hotspots.Tests.Visits.Routes;

public class RouteOrderTests
{
    private static List<Stop> Shuffled(IEnumerable<Stop> stops, int seed)
    {
        var random = new Random(seed);
        return [.. stops.OrderBy(_ => random.Next())];
    }

    [Theory]
    [InlineData(6)]
    [InlineData(12)]
    [InlineData(25)]
    public void Points_on_a_circle_are_visited_round_it(int n)
    {
        var circle = Enumerable.Range(0, n).Select(k => new Stop(1000 * Math.Cos(2 * Math.PI * k / n), 1000 * Math.Sin(2 * Math.PI * k / n)));
        var stops = Shuffled(circle, n);
        var order = RouteOrder.Order(stops);
        // The shortest open path round n equally spaced points is n - 1 sides of the polygon.
        var side = 2 * 1000 * Math.Sin(Math.PI / n);
        Assert.Equal((n - 1) * side, RouteOrder.Length(stops, order), 6);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 4)]
    public void A_grid_is_walked_row_by_row(int columns, int rows)
    {
        var grid = from x in Enumerable.Range(0, columns) from y in Enumerable.Range(0, rows) select new Stop(x * 100, y * 100);
        var stops = Shuffled(grid, columns * rows);
        // Every step between grid points is at least 100 m, and a snake achieves exactly 100 m per step.
        Assert.Equal((columns * rows - 1) * 100, RouteOrder.Length(stops, RouteOrder.Order(stops)), 6);
    }

    [Fact]
    public void From_a_meeting_point_at_one_end_a_street_is_walked_in_order()
    {
        var stops = new List<Stop> { new(500, 0), new(100, 0), new(300, 0), new(200, 0), new(400, 0) };
        var order = RouteOrder.Order(stops, start: new Stop(0, 0));
        Assert.Equal([1, 3, 2, 4, 0], order);
        Assert.Equal(500, RouteOrder.Length(stops, order, new Stop(0, 0)), 6);
    }

    [Fact]
    public void Forty_stops_are_ordered_well_under_a_second()
    {
        var random = new Random(40);
        var stops = Enumerable.Range(0, 40).Select(_ => new Stop(random.NextDouble() * 5000, random.NextDouble() * 5000)).ToList();
        RouteOrder.Order(stops.Take(10).ToList()); // compiled before timing
        var clock = Stopwatch.StartNew();
        var order = RouteOrder.Order(stops);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(0.5), $"took {clock.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(Enumerable.Range(0, 40), order.Order());
    }

    [Fact]
    public void Times_add_travel_at_the_given_speed_and_minutes_at_each_stop()
    {
        var legs = Timetable.Of([0, 2400, 1200], new TimeOnly(9, 0), speedKmh: 4.8, minutesPerVisit: 30);
        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(10, 0), new TimeOnly(10, 45)], legs.Select(l => l.Arrive));
        Assert.Equal(3600, legs[^1].CumulativeMetres);
    }
}
