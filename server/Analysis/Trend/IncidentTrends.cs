using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Analysis;

/// <summary>
/// Incidents in one time step, from the viewer's view: the records they see in full plus the counts their map shows for
/// counted cells in that month (cells withheld there add nothing, and are only mentioned).
/// </summary>
public sealed record TrendStep(DateOnly Start, SuppressedCount Incidents);

public sealed record IncidentTrend(TimeStep Step, IReadOnlyList<TrendStep> Steps);

/// <summary>
/// Counts of the viewer's view per time step, e.g. for one Gi* cell or a saved hotspot. Counted cells answer time in whole
/// calendar months, so they take part in monthly steps only; daily and weekly steps count the records seen in full.
/// </summary>
public sealed class IncidentTrends(UnitOfWork units)
{
    public const int MaxSteps = 400;

    public async Task<IncidentTrend> Count(Viewer viewer, IncidentFilter filter, TimeStep step, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var days = await units.Read(viewer, work => work.List($"""
            SELECT (occurred_from AT TIME ZONE 'UTC')::date, coalesce(sum(n) FILTER (WHERE NOT cell), 0),
                coalesce(sum(n) FILTER (WHERE cell), 0), count(*) FILTER (WHERE cell AND n IS NULL)
            FROM {IncidentView.Of(sql, viewer, filter, ViewGrain.Month)}
            GROUP BY 1 ORDER BY 1
            """, r => (Day: r.GetFieldValue<DateOnly>(0), Full: r.GetInt64(1), Cells: r.GetInt64(2), Withheld: r.GetInt64(3)), sql), cancel);
        var first = filter.From is { } from ? DateOnly.FromDateTime(from.UtcDateTime) : days.Count > 0 ? days[0].Day : DateOnly.FromDateTime(DateTime.UtcNow);
        var last = filter.To is { } to ? DateOnly.FromDateTime(to.UtcDateTime.AddTicks(-1)) : days.Count > 0 ? days[^1].Day : first;
        int steps = TimeSteps.IndexOf(last, first, step) + 1;
        if (steps > MaxSteps)
            throw new AnalysisInputException($"That is {steps} {step.ToString().ToLowerInvariant()}s; a trend shows at most {MaxSteps}. Use a longer time step or a shorter period.");
        var counts = new long[Math.Max(steps, 1)];
        var withheld = new long[counts.Length];
        foreach (var (day, full, cells, under) in days)
        {
            var monthly = step == TimeStep.Month;
            if (!monthly && full == 0) continue;
            // A cell's month may begin before a period that starts mid-month: it counts in the first step.
            int i = Math.Max(0, TimeSteps.IndexOf(day, first, step));
            if (i >= counts.Length) continue;
            counts[i] += full + (monthly ? cells : 0);
            withheld[i] += monthly ? under : 0;
        }
        var result = Enumerable.Range(0, counts.Length).Select(i => new TrendStep(TimeSteps.StartOf(i, first, step),
            withheld[i] == 0 ? SuppressedCount.Exact(counts[i])
                : SuppressedCount.Exact(counts[i]) with { Display = $"{counts[i]:N0} (+{withheld[i]} cell{(withheld[i] == 1 ? "" : "s")} <5)" })).ToList();
        return new IncidentTrend(step, result);
    }
}
