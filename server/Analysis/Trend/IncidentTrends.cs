using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Analysis;

/// <summary>Incidents in one time step: exact when the viewer sees every one in full, otherwise suppressed as on the map.</summary>
public sealed record TrendStep(DateOnly Start, SuppressedCount Incidents);

public sealed record IncidentTrend(TimeStep Step, IReadOnlyList<TrendStep> Steps);

/// <summary>Counts of the incidents a viewer may see per time step, e.g. for one Gi* cell or a saved hotspot.</summary>
public sealed class IncidentTrends(Npgsql.NpgsqlDataSource dataSource)
{
    public const int MaxSteps = 400;

    public async Task<IncidentTrend> Count(Viewer viewer, IncidentFilter filter, TimeStep step, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        await using var command = sql.Command(dataSource, $"""
            SELECT (occurred_from AT TIME ZONE 'UTC')::date, count(*) FILTER (WHERE access = '{IncidentAccess.Full}'),
                count(*) FILTER (WHERE access = '{IncidentAccess.Generalised}'), {IncidentAccess.SuppressBelow}::int
            FROM {IncidentAccess.Seen(sql, viewer, filter)} WHERE {IncidentAccess.InFilter(sql, filter)}
            GROUP BY 1 ORDER BY 1
            """);
        var days = new List<(DateOnly Day, long Full, long Generalised)>();
        int suppressBelow = 0;
        await using (var r = await command.ExecuteReaderAsync(cancel))
            while (await r.ReadAsync(cancel))
            {
                days.Add((r.GetFieldValue<DateOnly>(0), r.GetInt64(1), r.GetInt64(2)));
                suppressBelow = r.GetInt32(3);
            }
        var first = filter.From is { } from ? DateOnly.FromDateTime(from.UtcDateTime) : days.Count > 0 ? days[0].Day : DateOnly.FromDateTime(DateTime.UtcNow);
        var last = filter.To is { } to ? DateOnly.FromDateTime(to.UtcDateTime.AddTicks(-1)) : days.Count > 0 ? days[^1].Day : first;
        int steps = TimeSteps.IndexOf(last, first, step) + 1;
        if (steps > MaxSteps)
            throw new AnalysisInputException($"That is {steps} {step.ToString().ToLowerInvariant()}s; a trend shows at most {MaxSteps}. Use a longer time step or a shorter period.");
        var full = new long[Math.Max(steps, 1)];
        var generalised = new long[full.Length];
        foreach (var (day, f, g) in days)
        {
            int i = TimeSteps.IndexOf(day, first, step);
            if (i < 0 || i >= full.Length) continue;
            full[i] += f;
            generalised[i] += g;
        }
        var result = Enumerable.Range(0, full.Length).Select(i => new TrendStep(TimeSteps.StartOf(i, first, step),
            generalised[i] > 0 ? SuppressedCount.Of(full[i] + generalised[i], suppressBelow) : SuppressedCount.Exact(full[i]))).ToList();
        return new IncidentTrend(step, result);
    }
}
