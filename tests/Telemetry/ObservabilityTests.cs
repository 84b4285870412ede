using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotspots.Tests.Telemetry;

/// <summary>The server's logs captured at debug level, with incidents whose references and places are easy to find.</summary>
public sealed class ObservedApp : HotspotsApp
{
    public const string Reference = "VICTIM-REF-77131";
    public const string Easting = "414321.7";
    public CapturedLog Log { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute($"""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            VALUES (ST_SetSRID(ST_MakePoint({Easting}, 416543.2), 27700), '2025-03-01Z', 'sexual', 'child', 'police', '{Reference}', 'exact', 'official', NULL),
                   (ST_SetSRID(ST_MakePoint({Easting}, 416555.2), 27700), '2025-03-02Z', 'labour', 'adult', 'council', '{Reference}-C', 'exact', 'official', NULL)
            """);
    }

    protected override void Configure(IWebHostBuilder web)
    {
        web.UseSetting("Logging:LogLevel:Default", "Debug");
        web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information");
        web.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Log));
    }
}

/// <summary>
/// Logs carry no personal data: an analyst signs in, reads incidents in full, draws the map and a tile, and someone
/// mistypes a password; the captured log then holds none of their usernames, the password, the token, the source
/// references or the places. Traces name the GraphQL operation and hold its database commands; metrics time both.
/// </summary>
public sealed class ObservabilityTests(ObservedApp app) : IClassFixture<ObservedApp>
{
    [Fact]
    public async Task Signing_in_and_reading_incidents_leaves_no_personal_data_in_the_log()
    {
        using var analyst = await app.SignedIn("analyst.police");
        var token = analyst.DefaultRequestHeaders.Authorization!.Parameter!;
        var read = await analyst.Data("""
            query ReadForLogCheck { incidents(first: 10) { edges { node { id sourceReference easting northing victimAgeGroup } } }
              incidentMap { features } }
            """);
        Assert.Contains(ObservedApp.Reference, read.ToJsonString());
        var id = read["incidents"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
        await analyst.Data("query($id: ID!) { incident(id: $id) { sourceReference } }", new { id });
        (await analyst.GetAsync("/tiles/incidents/8/126/82.mvt")).EnsureSuccessStatusCode();
        using var anonymous = app.Anonymous();
        await anonymous.PostAsJsonAsync("/auth/sign-in", new { username = "partner.health", password = "wrong-password-9931" });

        var log = string.Join('\n', app.Log.Entries);
        Assert.True(app.Log.Entries.Count > 3, $"too little was logged to check: {log}");
        foreach (var personal in new[]
        {
            "analyst.police", "partner.health", Hotspots.Demo.DemoAccounts.Password, "wrong-password-9931", token, ObservedApp.Reference,
            ObservedApp.Easting, "416543", "53.6",
        })
            Assert.False(log.Contains(personal, StringComparison.OrdinalIgnoreCase), $"the log holds \"{personal}\":\n{Around(log, personal)}");
    }

    [Fact]
    public async Task A_trace_names_the_graphql_operation_and_holds_its_database_commands_and_metrics_time_both()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Hotspots" or "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var measurements = new ConcurrentQueue<(string Instrument, string? Operation)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name is "hotspots.graphql.duration" or "db.client.operation.duration") l.EnableMeasurementEvents(instrument);
            },
        };
        meters.SetMeasurementEventCallback<double>((instrument, _, tags, _) => measurements.Enqueue((instrument.Name,
            tags.ToArray().FirstOrDefault(t => t.Key == "graphql.operation.name").Value as string)));
        meters.Start();

        using var analyst = await app.SignedIn("analyst.police");
        await analyst.Data("query TracedPan { incidentMap(filter: { boundingBox: { minX: -1.80, minY: 53.63, maxX: -1.76, maxY: 53.66 } }) { shown } }");

        var operation = Assert.Single(activities, a => a.DisplayName == "graphql TracedPan");
        Assert.Equal("TracedPan", operation.GetTagItem("graphql.operation.name"));
        var commands = activities.Where(a => a.Source.Name == "Npgsql" && a.TraceId == operation.TraceId).ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.True(c.Duration > TimeSpan.Zero && c.Duration <= operation.Duration));
        Assert.DoesNotContain(commands.SelectMany(c => c.TagObjects), t => t.Value?.ToString()?.Contains("analyst.police") == true);
        Assert.Contains(measurements, m => m.Instrument == "hotspots.graphql.duration" && m.Operation == "TracedPan");
        Assert.Contains(measurements, m => m.Instrument == "db.client.operation.duration");
    }

    private static string Around(string log, string text)
    {
        var at = log.IndexOf(text, StringComparison.OrdinalIgnoreCase);
        return log[Math.Max(0, at - 300)..Math.Min(log.Length, at + 300)];
    }
}
