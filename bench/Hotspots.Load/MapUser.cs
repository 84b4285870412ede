using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace Hotspots.Load;

/// <summary>
/// One analyst or partner at the map, without pauses: pans (incidentMap in a ~1.5 × 1 km window), draws the window
/// as vector tiles, changes the filter, and now and then (unless told not to) runs Gi* (100 m cells, 500 m band) over the district.
/// </summary>
public sealed class MapUser(HttpClient http, string token, LatencyReport report, Random random, bool analyses = true)
{
    private static readonly string[] Types = ["SEXUAL", "LABOUR", "CANNABIS_CULTIVATION", "CHILD_CRIMINAL_EXPLOITATION", "FORCED_BEGGING"];

    private const string MapQuery = """
        query Pan($filter: IncidentFilter) { incidentMap(filter: $filter) { fullRecords shown generalisedRecords { display } features } }
        """;

    private const string AnalysisQuery = """
        mutation Analyse($request: AnalysisRequest!) { runAnalysis(request: $request) { id incidentCount } }
        """;

    public async Task Run(Func<bool> goOn)
    {
        while (goOn())
        {
            var roll = random.NextDouble();
            var (lon, lat) = (-1.85 + random.NextDouble() * 0.25, 53.60 + random.NextDouble() * 0.12);
            if (roll < 0.40) await GraphQL("bbox", MapQuery, new { filter = new { boundingBox = Window(lon, lat) } });
            else if (roll < 0.80) await Tiles(lon, lat, goOn);
            else if (roll < 0.99 || !analyses)
            {
                var year = 2023 + random.Next(3);
                await GraphQL("filter", MapQuery, new
                {
                    filter = new
                    {
                        boundingBox = Window(lon, lat), exploitationTypes = Types.OrderBy(_ => random.Next()).Take(2).ToArray(),
                        from = $"{year}-01-01T00:00:00Z", to = $"{year + 1}-01-01T00:00:00Z",
                    },
                });
            }
            else await GraphQL("analysis", AnalysisQuery, new { request = new { method = "GI_STAR", cellSize = 100.0, distanceBand = 500.0 } });
        }
    }

    public Task Analyse() =>
        GraphQL("analysis", AnalysisQuery, new { request = new { method = "GI_STAR", cellSize = 100.0, distanceBand = 500.0 } });

    private static object Window(double lon, double lat) =>
        new { minX = lon - 0.011, minY = lat - 0.0045, maxX = lon + 0.011, maxY = lat + 0.0045, crs = "WGS_84" };

    /// <summary>The 2 × 2 tiles around a point at a zoom from 13 to 16, as a map asks for them when it moves.</summary>
    private async Task Tiles(double lon, double lat, Func<bool> goOn)
    {
        var z = 13 + random.Next(4);
        var n = 1 << z;
        var x = (int)((lon + 180) / 360 * n);
        var rad = lat * Math.PI / 180;
        var y = (int)((1 - Math.Log(Math.Tan(rad) + 1 / Math.Cos(rad)) / Math.PI) / 2 * n);
        foreach (var (dx, dy) in new[] { (0, 0), (1, 0), (0, 1), (1, 1) })
        {
            if (!goOn()) return;
            await Send("tile", new HttpRequestMessage(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/tiles/incidents/{z}/{x + dx}/{y + dy}.mvt")));
        }
    }

    private Task GraphQL(string kind, string query, object variables) =>
        Send(kind, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) });

    private async Task Send(string kind, HttpRequestMessage request)
    {
        request.Headers.Authorization = new("Bearer", token);
        var clock = Stopwatch.StartNew();
        var failed = true;
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            failed = !response.IsSuccessStatusCode || (kind != "tile" && body.Contains("\"errors\"", StringComparison.Ordinal));
            if (failed && report.Failures < 5) Console.Error.WriteLine($"{kind}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            if (report.Failures < 5) Console.Error.WriteLine($"{kind}: {e.Message}");
        }
        finally
        {
            report.Add(kind, clock.Elapsed.TotalMilliseconds, failed);
            request.Dispose();
        }
    }
}
