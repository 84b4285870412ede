namespace Hotspots.Analysis;

internal static class DbscanCommand
{
    public static void Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new CommandOptions(args, ["--input", "--output", "--eps", "--min-points"], []);
        string outputPath = options.Text("--output");
        double eps = options.Number("--eps");
        int minPoints = options.Whole("--min-points");
        var incidents = AnalysisInput.Incidents(options, error, 1, "DBSCAN", needIds: true);
        var result = Dbscan.Cluster(incidents.Points, eps, minPoints);
        OutputFiles.WriteClusters(outputPath, incidents.Ids, result);
        output.WriteLine(
            $"DBSCAN (eps {eps} m, min points {minPoints} including itself): {result.ClusterCount} clusters, " +
            $"{result.Cluster.Count(c => c == DbscanResult.Noise)} noise points of {incidents.Points.Count}.");
    }
}
