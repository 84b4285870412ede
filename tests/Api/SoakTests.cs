using System.Diagnostics;
using System.Net.Http.Json;
using System.Runtime;
using System.Text.Json.Nodes;
using Hotspots.Load;
using Microsoft.AspNetCore.Hosting;

namespace Hotspots.Tests.Api;

/// <summary>
/// Two thousand incidents over the towns in 200 cells of about ten (so partners' maps show counts and their analyses
/// have cells to use), and no per-account rate limit to get in the way of the load.
/// </summary>
public sealed class SoakFixture : HotspotsApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            SELECT ST_SetSRID(ST_MakePoint(410000 + (n % 20) * 850 + random() * 99, 412000 + (n / 20 % 10) * 1200 + random() * 99), 27700),
                timestamptz '2023-01-01Z' + random() * interval '1000 days',
                (ARRAY['sexual', 'labour', 'cannabis_cultivation', 'forced_begging'])[1 + n % 4], 'adult',
                (ARRAY['police', 'council', 'health', 'housing'])[1 + n % 4], 'SOAK-' || n, 'exact', 'official', 'KMSP-ISA-2023-01'
            FROM generate_series(1, 2000) n
            """);
    }

    // The tile cache keeps tiles 30 s, longer than the soak, so at its full 64 MB it would still be filling during the
    // measured stretch; held to 4 MB, whatever the heap gains beyond that is not the cache.
    protected override void Configure(IWebHostBuilder web) =>
        web.UseSetting("Hotspots:ApiRequestsPerSecond", "100000").UseSetting("Hotspots:TileCacheMegabytes", "4");
}

/// <summary>The soak measures the process's heap, so it runs alone, after the classes that run in parallel.</summary>
[CollectionDefinition("Soak", DisableParallelization = true)]
public sealed class SoakCollection;

/// <summary>A short soak: the load generator's mixed map traffic for 16 s; nothing fails and memory levels off.</summary>
[Collection("Soak")]
public sealed class SoakTests(SoakFixture app) : IClassFixture<SoakFixture>
{
    [Fact]
    public async Task Sixteen_seconds_of_mixed_map_load_have_no_errors_and_memory_levels_off()
    {
        using var http = app.Anonymous();
        var tokens = new List<string>();
        foreach (var account in new[] { "analyst.police", "partner.health" })
        {
            var response = await http.PostAsJsonAsync("/auth/sign-in", new { username = account, password = Hotspots.Demo.DemoAccounts.Password });
            tokens.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>());
        }
        var report = new LatencyReport();
        // Warm up (connection pools, caches, compiled queries), then measure the heap after each of three equal
        // stretches. A leak grows in every stretch; pools and bounded caches still settling on a busy machine may
        // jump in one, so the smaller of the two growths is what must stay small.
        await Run(http, tokens, report, TimeSpan.FromSeconds(4));
        var clock = Stopwatch.StartNew();
        var heaps = new List<long>();
        for (var stretch = 0; stretch < 3; stretch++)
        {
            await Run(http, tokens, report, TimeSpan.FromSeconds(4));
            heaps.Add(Heap());
        }
        var growth = Math.Min(heaps[1] - heaps[0], heaps[2] - heaps[1]);
        Assert.True(report.Failures == 0, $"{report.Failures} of {report.Count} requests failed\n{report.Table(clock.Elapsed)}");
        Assert.True(report.Count > 100, $"only {report.Count} requests");
        Assert.True(growth < 32 * 1024 * 1024,
            $"managed heap grew in both of the last two 4 s stretches, by at least {growth / 1048576} MB (heaps {string.Join(", ", heaps.Select(h => h / 1048576))} MB)");
    }

    private static Task Run(HttpClient http, List<string> tokens, LatencyReport report, TimeSpan length)
    {
        var clock = Stopwatch.StartNew();
        return Task.WhenAll(Enumerable.Range(0, 6).Select(u =>
            Task.Run(() => new MapUser(http, tokens[u % tokens.Count], report, new Random(u)).Run(() => clock.Elapsed < length))));
    }

    /// <summary>
    /// What is still referenced: a blocking, compacting collection (large objects too), less the free space left
    /// between objects, which a busy machine's collector hands back later and which is not a leak.
    /// </summary>
    private static long Heap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return info.HeapSizeBytes - info.FragmentedBytes;
    }
}
