using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Emerging;

public class EmergingPatternsTests
{
    static readonly MannKendallResult Rising = new(30, 100, 2.9, 0.004), Falling = new(-30, 100, -2.9, 0.004), Flat = new(2, 100, 0.1, 0.92);

    [Theory]
    [InlineData("0000000001", "Flat", EmergingPattern.NewHotSpot)]
    [InlineData("0000000111", "Flat", EmergingPattern.ConsecutiveHotSpot)]
    [InlineData("1111111111", "Rising", EmergingPattern.IntensifyingHotSpot)]
    [InlineData("1111111111", "Flat", EmergingPattern.PersistentHotSpot)]
    [InlineData("1111111111", "Falling", EmergingPattern.DiminishingHotSpot)]
    [InlineData("0100100101", "Flat", EmergingPattern.SporadicHotSpot)]
    [InlineData("0-00100101", "Flat", EmergingPattern.OscillatingHotSpot)]
    [InlineData("1111111110", "Flat", EmergingPattern.HistoricalHotSpot)]
    [InlineData("000000000-", "Flat", EmergingPattern.NewColdSpot)]
    [InlineData("----------", "Falling", EmergingPattern.IntensifyingColdSpot)]
    [InlineData("----------", "Rising", EmergingPattern.DiminishingColdSpot)]
    [InlineData("0+00-00-0-", "Flat", EmergingPattern.OscillatingColdSpot)]
    [InlineData("0000000000", "Rising", EmergingPattern.NoPattern)]
    [InlineData("0011000000", "Flat", EmergingPattern.NoPattern)]
    public void Classifies_as_ArcGIS_Pro_describes(string steps, string trend, EmergingPattern expected)
    {
        var significance = steps.Select(c => c switch { '1' or '+' => 1, '-' => -1, _ => 0 }).ToArray();
        var mk = trend switch { "Rising" => Rising, "Falling" => Falling, _ => Flat };
        Assert.Equal(expected, EmergingPatterns.Classify(significance, mk, 0.05));
    }

    [Fact]
    public void Labels_use_ArcGIS_wording()
    {
        Assert.Equal("Oscillating Cold Spot", EmergingPattern.OscillatingColdSpot.Label());
        Assert.Equal("No Pattern Detected", EmergingPattern.NoPattern.Label());
    }

    [Fact]
    public void A_cell_that_grows_hot_late_is_found_in_a_synthetic_cube()
    {
        var grid = new SquareGrid(0, 0, 100, 10, 10);
        var random = new Random(3);
        int steps = 12;
        var counts = new double[100 * steps];
        for (int t = 0; t < steps; t++)
            for (int i = 0; i < 100; i++)
            {
                bool hotCorner = i % 10 < 3 && i / 10 < 3 && t >= 8;
                counts[t * 100 + i] = random.Next(0, 3) + (hotCorner ? 12 : 0);
            }
        var cube = new SpaceTimeCube(grid, steps, counts, null, new DateOnly(2024, 1, 1), TimeStep.Month);
        var result = EmergingHotSpots.Analyse(cube, new EmergingParameters(150));
        var corner = result.Cells.Single(c => c.Col == 1 && c.Row == 1);
        Assert.Equal(EmergingPattern.ConsecutiveHotSpot, corner.Pattern);
        Assert.True(corner.TrendZ > 0);
        Assert.Equal(EmergingPattern.NoPattern, result.Cells.Single(c => c.Col == 8 && c.Row == 8).Pattern);
    }

    [Theory]
    [InlineData("2024-03-31", TimeStep.Month, 2)]
    [InlineData("2024-01-15", TimeStep.Week, 2)]
    [InlineData("2024-01-14", TimeStep.Week, 1)]
    [InlineData("2024-01-02", TimeStep.Day, 1)]
    public void Time_steps_count_from_the_first_incident(string date, TimeStep step, int index) =>
        Assert.Equal(index, TimeSteps.IndexOf(DateOnly.Parse(date), new DateOnly(2024, 1, 1), step));
}
