namespace Hotspots.Analysis;

/// <summary>
/// Incident counts per cell and time step; bin index = step · (Cols · Rows) + cell.
/// <see cref="Analysed"/> marks cells inside the boundary (null: all).
/// </summary>
public sealed record SpaceTimeCube(SquareGrid Grid, int Steps, double[] Counts, bool[]? Analysed, DateOnly Start, TimeStep Step)
{
    public static SpaceTimeCube Count(PointSet points, DateOnly[] dates, SquareGrid grid, TimeStep step, bool[]? analysed = null)
    {
        if (dates.Length == 0) throw new AnalysisInputException("There are no dated incidents.");
        var first = dates.Min();
        int steps = dates.Max(d => TimeSteps.IndexOf(d, first, step)) + 1;
        if (steps < 3)
            throw new AnalysisInputException(
                $"The dates span {steps} {step.ToString().ToLowerInvariant()} step(s); a trend needs at least 3 (ArcGIS asks for 10). Use a shorter --time-step.");
        long cells = grid.CellCount;
        var counts = new double[cells * steps];
        for (int i = 0; i < points.Count; i++)
        {
            int col = grid.ColOf(points.X[i]), row = grid.RowOf(points.Y[i]);
            if (grid.Contains(col, row)) counts[TimeSteps.IndexOf(dates[i], first, step) * cells + row * grid.Cols + col]++;
        }
        return new SpaceTimeCube(grid, steps, counts, analysed, first, step);
    }

    public int CellsPerStep => (int)Grid.CellCount;

    public GridCounts Slice(int step) =>
        new(Grid, Counts.AsSpan(step * CellsPerStep, CellsPerStep).ToArray(), Analysed);
}
