namespace Hotspots.Analysis;

/// <summary>One analysed cell's pattern and the Mann–Kendall trend of its Gi* z-series.</summary>
public readonly record struct EmergingCell(int Col, int Row, double X, double Y, EmergingPattern Pattern, double TrendZ, double TrendP);

/// <summary>The parameters of an emerging hot spot run; defaults as the analysis spec sets them.</summary>
public sealed record EmergingParameters(double DistanceBand, int PreviousSteps = 1, double HotBinAlpha = 0.10, bool FalseDiscoveryRate = true, double TrendAlpha = 0.05);

public sealed record EmergingResult(SpaceTimeCube Cube, EmergingParameters Parameters, EmergingCell[] Cells);

/// <summary>Emerging hot spot analysis: space-time Gi*, Mann–Kendall per cell, ArcGIS Pro categories.</summary>
public static class EmergingHotSpots
{
    public static EmergingResult Analyse(SpaceTimeCube cube, EmergingParameters parameters)
    {
        var z = SpaceTimeGiStar.ZScores(cube, parameters.DistanceBand, parameters.PreviousSteps);
        var p = new double[z.Length];
        for (int i = 0; i < z.Length; i++) p[i] = NormalDistribution.TwoSidedP(z[i]);
        double threshold = parameters.FalseDiscoveryRate ? ConfidenceBins.FdrThreshold(p, parameters.HotBinAlpha) : parameters.HotBinAlpha;

        var grid = cube.Grid;
        int cells = cube.CellsPerStep;
        var series = new double[cube.Steps];
        var significance = new int[cube.Steps];
        var result = new List<EmergingCell>(cells);
        for (int row = 0, i = 0; row < grid.Rows; row++)
            for (int col = 0; col < grid.Cols; col++, i++)
            {
                if (cube.Analysed is { } a && !a[i]) continue;
                for (int t = 0; t < cube.Steps; t++)
                {
                    int bin = t * cells + i;
                    series[t] = z[bin];
                    significance[t] = p[bin] <= threshold ? Math.Sign(z[bin]) : 0;
                }
                var trend = MannKendall.Test(series);
                var pattern = EmergingPatterns.Classify(significance, trend, parameters.TrendAlpha);
                result.Add(new EmergingCell(col, row, grid.CentreX(col), grid.CentreY(row), pattern, trend.Z, trend.P));
            }
        return new EmergingResult(cube, parameters, result.ToArray());
    }
}
