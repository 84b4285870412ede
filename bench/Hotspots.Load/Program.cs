using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hotspots.Load;

if (args.Length == 0 || args[0] is "--help" or "-h")
{
    Console.WriteLine(LoadOptions.Usage);
    return args.Length == 0 ? 2 : 0;
}
var options = LoadOptions.Parse(args);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Users + 4 })
{
    BaseAddress = options.Server, Timeout = TimeSpan.FromSeconds(60),
};

// One sign-in per account (sign-in is rate limited per address); users share their account's token.
var tokens = new List<string>();
foreach (var account in options.Accounts)
{
    var response = await http.PostAsJsonAsync("/auth/sign-in", new { username = account, password = options.Password });
    response.EnsureSuccessStatusCode();
    tokens.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>());
}

var report = new LatencyReport();
var memory = new ServerMemory(options.ServerPid);
using var stopWatching = new CancellationTokenSource();
var watching = memory.Watch(stopWatching.Token);
var minutes = options.Duration > TimeSpan.FromMinutes(5) ? new MinuteLines(report, memory).Print(stopWatching.Token) : Task.CompletedTask;
var clock = Stopwatch.StartNew();
var started = 0;
bool GoOn() => clock.Elapsed < options.Duration && Interlocked.Increment(ref started) <= options.MaxRequests;

if (options.Scenario == "analysis")
{
    var analyst = new MapUser(http, tokens[0], report, new Random(1));
    for (var i = 0; i < options.AnalysisRuns && clock.Elapsed < options.Duration; i++) await analyst.Analyse();
}
else
{
    await Task.WhenAll(Enumerable.Range(0, options.Users).Select(u =>
        Task.Run(() => new MapUser(http, tokens[u % tokens.Count], report, new Random(u), analyses: options.Scenario != "map").Run(GoOn))));
}
var elapsed = clock.Elapsed;
await stopWatching.CancelAsync();
await watching;
await minutes;

Console.WriteLine($"{options.Scenario}: {options.Users} users, {elapsed.TotalSeconds:F1} s, {report.Count} requests, {report.Failures} failed, against {options.Server}");
Console.WriteLine(report.Table(elapsed));
Console.WriteLine(memory.Describe());
return report.Failures == 0 ? 0 : 1;
