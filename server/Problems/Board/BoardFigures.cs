using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Problems;

/// <summary>
/// Counts for the board report over a period. Plans and actions are the partnership's own work and are counted
/// exactly; visits and referrals are about people, so partners get them with small numbers withheld and the rest
/// rounded to 5; incidents are sums over the viewer's view, exactly what their map shows (docs/disclosure-control.md).
/// </summary>
public sealed class BoardFigures(NpgsqlDataSource dataSource, AuditLog audit, TimeProvider clock)
{
    public async Task<BoardReport> For(Viewer viewer, DateOnly from, DateOnly to, CancellationToken cancel)
    {
        if (to < from) throw new ProblemRefused($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        if (to.DayNumber - from.DayNumber > 3 * 366) throw new ProblemRefused("Ask for at most three years at a time.");
        var withheld = viewer.Role == Role.Partner;
        var suppressBelow = await dataSource.CreateCommand($"SELECT {IncidentAccess.SuppressBelow}::int").Scalar<int>(cancel);
        SuppressedCount Personal(long n) => withheld ? SuppressedCount.Of(n, suppressBelow) : SuppressedCount.Exact(n);
        var (start, end) = (from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var figures = new List<BoardFigure>();
        await Add(figures, "Plans", SuppressedCount.Exact, cancel, """
            SELECT 'by stage', initcap(status), count(*) FROM plans GROUP BY status
            UNION ALL SELECT 'opened in period', '', count(*) FROM plans WHERE created_at >= $1 AND created_at < $2
            UNION ALL SELECT 'closed in period, by target impact', coalesce(initcap(replace(impact, '_', ' ')), 'No target set'), count(*)
                FROM plans WHERE status = 'closed' AND updated_at >= $1 AND updated_at < $2 GROUP BY impact
            """, start, end);
        await Add(figures, "Actions due in period", SuppressedCount.Exact, cancel, """
            SELECT CASE WHEN status = 'done' AND completed_on <= due_on THEN 'done on time'
                        WHEN status = 'done' THEN 'done late'
                        WHEN status = 'cancelled' THEN 'cancelled'
                        WHEN due_on < $3 THEN 'overdue'
                        ELSE 'open, not yet due' END,
                owning_agency || ' / ' || initcap(replace(objective, '_', ' ')), count(*)
            FROM plan_actions WHERE due_on >= $1::date AND due_on < $2::date GROUP BY 1, 2
            """, start, end, today);
        await Add(figures, "Visits", Personal, cancel, """
            SELECT 'premises visited', '', count(*) FROM visit_outcomes WHERE arrived_at >= $1 AND arrived_at < $2
            UNION ALL SELECT 'visits finding indicators of exploitation', '', count(*) FROM visit_outcomes
                WHERE arrived_at >= $1 AND arrived_at < $2 AND cardinality(indicators) > 0
            UNION ALL SELECT 'referrals', upper(r.kind), count(*) FROM visit_referrals r JOIN visit_outcomes o ON o.id = r.outcome_id
                WHERE o.arrived_at >= $1 AND o.arrived_at < $2 GROUP BY r.kind
            """, start, end);
        figures.AddRange(await IncidentsInPlanAreas(viewer, start, end, cancel));
        figures.AddRange(await IncidentsInPeriod<ExploitationType>(viewer, start, end, "by exploitation type",
            (type, period) => period with { ExploitationTypes = [type] }, cancel));
        figures.AddRange(await IncidentsInPeriod<VictimAgeGroup>(viewer, start, end, "by victim age group",
            (age, period) => period with { VictimAgeGroups = [age] }, cancel));
        await audit.Record(viewer, "read board report", null, new { from, to, withheld }, cancel: cancel);
        return new BoardReport(from, to, withheld, figures);
    }

    private async Task Add(List<BoardFigure> figures, string section, Func<long, SuppressedCount> shown, CancellationToken cancel, string sql, params object[] values)
    {
        var rows = await dataSource.CreateCommand(sql).With(values)
            .List(r => new BoardFigure(section, r.GetString(0), r.GetString(1), shown(r.GetInt64(2))), cancel);
        figures.AddRange(rows.OrderBy(f => f.Measure, StringComparer.Ordinal).ThenBy(f => f.Breakdown, StringComparer.Ordinal));
    }

    /// <summary>
    /// Incidents by month of occurrence inside any plan's areas, from the viewer's view by month: records seen in full
    /// where they are, counted cells by their centre with the count the map shows.
    /// </summary>
    private async Task<IEnumerable<BoardFigure>> IncidentsInPlanAreas(Viewer viewer, DateTime start, DateTime end, CancellationToken cancel)
    {
        if (await PlanAreas.Boundary(dataSource, null, cancel) is not { } areas) return [];
        var sql = new SqlConditions();
        await using var command = sql.Command(dataSource, $"""
            SELECT to_char(view.occurred_from AT TIME ZONE 'UTC', 'YYYY-MM'), {RegionCount.Columns}
            FROM {IncidentView.Of(sql, viewer, new IncidentFilter(Within: areas, From: start, To: end), ViewGrain.Month)}
            WHERE view.cell OR view.occurred_from >= {sql.Parameter(start)}
            GROUP BY 1 ORDER BY 1
            """);
        var figures = new List<BoardFigure>();
        await using var r = await command.ExecuteReaderAsync(cancel);
        while (await r.ReadAsync(cancel))
            figures.Add(new BoardFigure("Incidents in plan areas", "by month", r.GetString(0), RegionCount.Read(r, 1).Shown));
        return figures;
    }

    /// <summary>
    /// Incidents that began in the period, anywhere, by one of their codes: each code counted in the view the viewer's
    /// map shows when filtered to that code, as a view's counted cells carry no codes.
    /// </summary>
    private async Task<IEnumerable<BoardFigure>> IncidentsInPeriod<T>(Viewer viewer, DateTime start, DateTime end, string measure,
        Func<T, IncidentFilter, IncidentFilter> narrow, CancellationToken cancel) where T : struct, Enum
    {
        var sql = new SqlConditions();
        var period = new IncidentFilter(From: start, To: end);
        var counts = Enum.GetValues<T>().Select(code => $"""
            SELECT initcap(replace({sql.Parameter(Codes.Of(code))}, '_', ' ')), {RegionCount.Columns}
            FROM {IncidentView.Of(sql, viewer, narrow(code, period))}
            WHERE view.cell OR view.occurred_from >= {sql.Parameter(start)}
            """);
        await using var command = sql.Command(dataSource, $"SELECT * FROM ({string.Join("\nUNION ALL\n", counts)}) c ORDER BY 1");
        var figures = new List<BoardFigure>();
        await using var r = await command.ExecuteReaderAsync(cancel);
        while (await r.ReadAsync(cancel))
            if (RegionCount.Read(r, 1) is { Empty: false } count)
                figures.Add(new BoardFigure("Incidents in period", measure, r.GetString(0), count.Shown));
        return figures;
    }
}
