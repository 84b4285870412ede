namespace Hotspots.Analysis;

/// <summary>
/// The (dcol, drow) offsets of every cell whose centre is within the distance band of a cell's
/// centre (distance ≤ band, the cell itself included), so neighbours are found by offset, not search.
/// </summary>
public sealed record NeighbourStencil(int[] DCol, int[] DRow, int Reach)
{
    public int Length => DCol.Length;

    /// <summary>
    /// The widest band a run on the server may ask for, in cells: 30 is some 2,800 neighbours a cell, and the work grows
    /// with the band squared, so a wider band would hold an analysis slot for minutes while blurring local hotspots away.
    /// </summary>
    public const int MaxBandInCells = 30;

    /// <summary>Refuses a band wider than <see cref="MaxBandInCells"/> cells, saying how to stay within it.</summary>
    public static void RefuseTooWide(double band, double cellSize)
    {
        if (band / cellSize > MaxBandInCells)
            throw new AnalysisInputException(
                $"The distance band ({band} m) is {band / cellSize:0.#} cells of {cellSize} m; it may be at most {MaxBandInCells} cells " +
                $"({MaxBandInCells * cellSize} m at this cell size), because every cell sums all its neighbours within it and the work " +
                "grows with the band squared. Use a larger cell size or a smaller band.");
    }

    public static NeighbourStencil For(double band, double cellSize, bool includeSelf = true)
    {
        if (!(band >= cellSize))
            throw new AnalysisInputException(
                $"The distance band ({band} m) is smaller than the cell size ({cellSize} m), so no cell would have a " +
                "neighbour but itself. Use a band of at least one cell width.");
        // A neighbour exactly on the band counts; the tolerance absorbs rounding of band / cell.
        double limit = band / cellSize * (band / cellSize) * (1 + 1e-12);
        int reach = (int)Math.Floor(Math.Sqrt(limit));
        var dcol = new List<int>();
        var drow = new List<int>();
        for (int dr = -reach; dr <= reach; dr++)
            for (int dc = -reach; dc <= reach; dc++)
            {
                if (dc * dc + dr * dr > limit || (!includeSelf && dc == 0 && dr == 0)) continue;
                dcol.Add(dc);
                drow.Add(dr);
            }
        return new NeighbourStencil(dcol.ToArray(), drow.ToArray(), reach);
    }

    /// <summary>Offsets into a row-major array padded by <see cref="Reach"/> cells on every side.</summary>
    public int[] LinearOffsets(int paddedWidth)
    {
        var offsets = new int[Length];
        for (int k = 0; k < Length; k++) offsets[k] = DRow[k] * paddedWidth + DCol[k];
        return offsets;
    }
}
