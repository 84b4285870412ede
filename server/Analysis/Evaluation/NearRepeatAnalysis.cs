using System.Globalization;
using Hotspots.Access;
using Hotspots.Incidents;

namespace Hotspots.Analysis;

/// <summary>One cell of the Knox table: pairs of incidents in a distance band and a time band, against shuffled dates.</summary>
public sealed record NearRepeatCell(int DistanceFrom, int DistanceTo, int DaysFrom, int DaysTo, int Observed, double Expected, double? Ratio, double P);

/// <summary>
/// A near-repeat test on the incidents a viewer sees in full, and how many their map shows only as counted cells,
/// which it leaves out because a counted cell has no day or place finer than its 100 m square and month.
/// </summary>
public sealed record NearRepeatAnswer(int RecordsUsed, long CountedLeftOut, int Permutations, string BandRule,
    IReadOnlyList<NearRepeatCell> Cells, IReadOnlyList<string> Explanation);

/// <summary>
/// Knox's near-repeat test (NearRepeat.Knox) from the workspace, read from the viewer's view alone: the records they
/// see in full at their place and day. Counted cells take no part; withheld cells add nothing, not even to the count left out.
/// </summary>
public sealed class NearRepeatAnalysis(AnalysisInputs inputs)
{
    /// <summary>More than this and the pairs stop fitting a request: the filter must narrow the incidents first.</summary>
    public const int MostRecords = 30_000;

    public static readonly int[] DefaultMetres = [0, 100, 200, 400, 800];
    public static readonly int[] DefaultDays = [0, 7, 14, 28, 56];

    public async Task<NearRepeatAnswer> Run(Viewer viewer, IncidentFilter filter, int[]? metres, int[]? days, int permutations, CancellationToken cancel)
    {
        metres = Edges(metres ?? DefaultMetres, "distance", 5_000);
        days = Edges(days ?? DefaultDays, "time", 730);
        if (permutations is < 19 or > 999) throw new AnalysisInputException("Give between 19 and 999 permutations: 99 is usual, 999 for a p-value finer than 0.01.");
        var all = await inputs.Load(viewer, filter, ViewGrain.Period, cancel);
        var records = all.RecordsOnly();
        var used = (int)records.Count;
        var leftOut = all.Count - used;
        if (used > MostRecords)
            throw new AnalysisInputException($"Near repeat compares every pair of nearby incidents, and the filter selects {used:N0} you see in full: " +
                $"narrow it to {MostRecords:N0} or fewer (a shorter period, an area or one exploitation type).");
        var knox = NearRepeat.Knox(records.Points, records.Dates, [.. metres.Select(m => (double)m)], days, permutations);
        var cells = new List<NearRepeatCell>();
        for (var d = 0; d < metres.Length - 1; d++)
            for (var t = 0; t < days.Length - 1; t++)
            {
                var ratio = knox.Ratio(d, t);
                cells.Add(new NearRepeatCell(metres[d], metres[d + 1], days[t], days[t + 1], knox.Observed[d, t], knox.Expected[d, t],
                    double.IsNaN(ratio) ? null : ratio, knox.P[d, t]));
            }
        return new NearRepeatAnswer(used, leftOut, permutations, knox.BandRule, cells, Explain(used, leftOut, permutations, cells));
    }

    private static List<string> Explain(int used, long leftOut, int permutations, List<NearRepeatCell> cells)
    {
        var explanation = new List<string>
        {
            $"Pairs of the {used:N0} incidents you see in full, by how far apart they were and how many days apart, against the same pairs with " +
            $"the days shuffled among the places {permutations} times (Knox test, Monte Carlo; p = (pairs at least as many + 1) / ({permutations} + 1)).",
        };
        if (leftOut > 0)
            explanation.Add($"{leftOut:N0} incidents your map shows only as counted cells are left out: a counted cell keeps no place finer than its 100 m square or day finer than its month.");
        if (used < 2)
            explanation.Add("With fewer than two incidents seen in full there are no pairs to compare: widen the filter.");
        var near = cells.Where(c => c.P <= 0.05 && c.Ratio > 1).ToList();
        explanation.Add(near.Count == 0
            ? "No band has more pairs than shuffled days give at p ≤ 0.05: no sign of near repeats in these incidents."
            : "More pairs than chance at p ≤ 0.05: " + string.Join("; ", near.Select(c =>
                $"{c.DistanceFrom}–{c.DistanceTo} m and {c.DaysFrom}–{c.DaysTo} days ({c.Ratio:0.##}× expected)")) + ".");
        return explanation;
    }

    private static int[] Edges(int[] edges, string what, int largest)
    {
        if (edges.Length < 2) throw new AnalysisInputException($"Give at least two {what} band edges, e.g. 0, 100, 200.");
        if (edges[0] < 0 || edges.Zip(edges.Skip(1)).Any(p => p.Second <= p.First) || edges[^1] > largest)
            throw new AnalysisInputException($"The {what} band edges must rise from 0 or more, each larger than the one before, up to {largest.ToString(CultureInfo.InvariantCulture)}.");
        return edges;
    }
}
