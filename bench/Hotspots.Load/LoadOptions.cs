using System.Globalization;

namespace Hotspots.Load;

/// <summary>What to replay, against which server, and when to stop; every run is bounded in time and requests.</summary>
public sealed record LoadOptions(
    Uri Server, int Users, TimeSpan Duration, int MaxRequests, int? ServerPid, string Password,
    IReadOnlyList<string> Accounts, string Scenario, int AnalysisRuns)
{
    public const string Usage = """
        dotnet Hotspots.Load.dll --server http://127.0.0.1:5080 [--users 50] [--seconds 60] [--max-requests 200000]
            [--server-pid PID] [--password demo-hotspots] [--accounts analyst.police,partner.health,...]
            [--scenario mixed|map|analysis] [--analysis-runs 5]
        mixed: every user pans the map (incidentMap in a window), draws tiles, changes filters and now and then runs Gi*.
        map: the same without the Gi* runs, so the map's latency and memory are seen alone.
        analysis: one user runs runAnalysis GI_STAR (100 m cells, 500 m band) --analysis-runs times on a warm server.
        """;

    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        string Get(string key, string fallback) => values.GetValueOrDefault(key, fallback);
        int Int(string key, int fallback) => int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return new LoadOptions(
            new Uri(values.TryGetValue("server", out var server) ? server : throw new ArgumentException("--server is required")),
            Int("users", 50), TimeSpan.FromSeconds(Int("seconds", 60)), Int("max-requests", 200_000),
            values.TryGetValue("server-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Get("password", "demo-hotspots"),
            Get("accounts", "analyst.police,analyst.council,partner.health,partner.housing,partner.voluntary").Split(','),
            Get("scenario", "mixed"), Int("analysis-runs", 5));
    }
}
