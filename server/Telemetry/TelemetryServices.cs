using System.Diagnostics;
using System.Diagnostics.Metrics;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hotspots.Telemetry;

/// <summary>
/// Traces and metrics with OpenTelemetry: HTTP requests, GraphQL operations by name, and database commands (Npgsql).
/// Exported only when configured — to the console (Hotspots:Telemetry:Console=true) or to an OTLP collector
/// (OTEL_EXPORTER_OTLP_ENDPOINT) — so tests and a plain start send nothing anywhere.
/// Application logs carry no usernames or incident details at any level; who saw what is in the audit log.
/// </summary>
public static class TelemetryServices
{
    public const string Name = "Hotspots";
    public static readonly ActivitySource Activities = new(Name);
    private static readonly Meter Meter = new(Name);

    /// <summary>GraphQL operations by name and outcome, in milliseconds.</summary>
    public static readonly Histogram<double> GraphQLDuration =
        Meter.CreateHistogram<double>("hotspots.graphql.duration", "ms", "Time to execute a GraphQL operation");

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var console = configuration.GetValue<bool>("Hotspots:Telemetry:Console");
        var otlp = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 };
        if (!console && !otlp) return services;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("hotspots"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(Name).AddNpgsql().AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"));
                if (console) tracing.AddConsoleExporter();
                if (otlp) tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Name).AddAspNetCoreInstrumentation().AddNpgsqlInstrumentation().AddRuntimeInstrumentation();
                if (console) metrics.AddConsoleExporter();
                if (otlp) metrics.AddOtlpExporter();
            });
        return services;
    }

    /// <summary>Framework request logs at information level name paths and query strings; keep them to warnings.</summary>
    public static ILoggingBuilder AddQuietLogs(this ILoggingBuilder logging, IConfiguration configuration)
    {
        if (configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null) logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (configuration.GetValue<bool>("Hotspots:Logging:Json")) logging.ClearProviders().AddJsonConsole();
        return logging;
    }
}
