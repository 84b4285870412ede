namespace Hotspots.Analysis;

/// <summary>
/// A copy of per-cell values with a margin of zeros <c>Reach</c> cells wide, so a stencil can be
/// applied at the edge without bounds checks. <see cref="Weight"/> is 1 for analysed cells, else 0.
/// </summary>
internal sealed record PaddedGrid(double[] Value, double[] Weight, int Width, int Margin)
{
    public static PaddedGrid From(GridCounts counts, int margin)
    {
        var grid = counts.Grid;
        int width = grid.Cols + 2 * margin, height = grid.Rows + 2 * margin;
        var value = new double[(long)width * height];
        var weight = new double[value.Length];
        for (int row = 0; row < grid.Rows; row++)
            for (int col = 0; col < grid.Cols; col++)
            {
                int i = row * grid.Cols + col;
                if (!counts.IsAnalysed(i)) continue;
                int p = Index(row, col, width, margin);
                value[p] = counts.Counts[i];
                weight[p] = 1;
            }
        return new PaddedGrid(value, weight, width, margin);
    }

    public int IndexOf(int row, int col) => Index(row, col, Width, Margin);

    static int Index(int row, int col, int width, int margin) => (row + margin) * width + col + margin;
}
