using System.Globalization;

namespace Hotspots.Analysis;

internal static class NearRepeatCommand
{
    public static void Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new CommandOptions(args, ["--input", "--output", "--metres", "--days", "--permutations", "--seed"], []);
        string outputPath = options.Text("--output");
        var metres = Edges(options.Text("--metres"), "--metres");
        var days = Edges(options.Text("--days"), "--days");
        int permutations = options.Whole("--permutations", 99), seed = options.Whole("--seed", 1);
        var incidents = AnalysisInput.Incidents(options, error, 2, "Near repeat", needDates: true);
        var result = NearRepeat.Knox(incidents.Points, incidents.Dates!, [.. metres.Select(m => (double)m)], days, permutations, seed);
        OutputFiles.WriteNearRepeat(outputPath, result);
        output.WriteLine($"Near repeat (Knox) on {incidents.Points.Count} incidents, {permutations} shuffles of the days (seed {seed}). {result.BandRule}");
        for (var d = 0; d < metres.Length - 1; d++)
            for (var t = 0; t < days.Length - 1; t++)
                if (result.P[d, t] <= 0.05 && result.Ratio(d, t) > 1)
                    output.WriteLine($"  {metres[d]}–{metres[d + 1]} m, {days[t]}–{days[t + 1]} days: {result.Observed[d, t]} pairs, " +
                        $"{result.Ratio(d, t).ToString("0.##", CultureInfo.InvariantCulture)}× expected, p {result.P[d, t].ToString("0.###", CultureInfo.InvariantCulture)}");
    }

    private static int[] Edges(string text, string option)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var edges = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out edges[i]) || edges[i] < 0)
                throw new UsageException($"{option} takes whole numbers of 0 or more separated by commas, e.g. 0,100,200; '{parts[i]}' is not one.");
        if (edges.Length < 2 || edges.Zip(edges.Skip(1)).Any(p => p.Second <= p.First))
            throw new UsageException($"{option} needs at least two edges, each larger than the one before.");
        return edges;
    }
}
