using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Problems;

/// <summary>
/// Counts for the board report over a period. Plans and actions are the partnership's own work and are counted
/// exactly; visits and referrals are about people, so partners get them with small numbers withheld and the rest
/// rounded to 5; incidents are sums over the viewer's view, exactly what their map shows (docs/disclosure-control.md).
/// </summary>
public sealed class BoardFigures(UnitOfWork units, AuditLog audit, TimeProvider clock)
{
    public async Task<BoardReport> For(Viewer viewer, DateOnly from, DateOnly to, CancellationToken cancel)
    {
        if (to < from) throw new ProblemRefused($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        if (to.DayNumber - from.DayNumber > 3 * 366) throw new ProblemRefused("Ask for at most three years at a time.");
        var withheld = viewer.Role == Role.Partner;
        // Every figure in one read, so they are counted together.
        var figures = await units.Read(viewer, work => Figures(work, from, to, withheld), cancel);
        await audit.Record(viewer, "read board report", null, new { from, to, withheld }, cancel: cancel);
        return new BoardReport(from, to, withheld, figures);
    }

    private async Task<List<BoardFigure>> Figures(Work work, DateOnly from, DateOnly to, bool withheld)
    {
        var viewer = work.Viewer;
        var suppressBelow = await work.Scalar<int>($"SELECT {IncidentAccess.SuppressBelow}::int");
        SuppressedCount Personal(long n) => withheld ? SuppressedCount.Of(n, suppressBelow) : SuppressedCount.Exact(n);
        var (start, end) = (from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var figures = new List<BoardFigure>();
        await Add(work, figures, "Plans", SuppressedCount.Exact, """
            SELECT 'by stage', initcap(status), count(*) FROM plans GROUP BY status
            UNION ALL SELECT 'opened in period', '', count(*) FROM plans WHERE created_at >= $1 AND created_at < $2
            UNION ALL SELECT 'closed in period, by target impact', coalesce(initcap(replace(impact, '_', ' ')), 'No target set'), count(*)
                FROM plans WHERE status = 'closed' AND updated_at >= $1 AND updated_at < $2 GROUP BY impact
            """, start, end);
        await Add(work, figures, "Actions due in period", SuppressedCount.Exact, """
            SELECT CASE WHEN status = 'done' AND completed_on <= due_on THEN 'done on time'
                        WHEN status = 'done' THEN 'done late'
                        WHEN status = 'cancelled' THEN 'cancelled'
                        WHEN due_on < $3 THEN 'overdue'
                        ELSE 'open, not yet due' END,
                owning_agency || ' / ' || initcap(replace(objective, '_', ' ')), count(*)
            FROM plan_actions WHERE due_on >= $1::date AND due_on < $2::date GROUP BY 1, 2
            """, start, end, today);
        await Add(work, figures, "Visits", Personal, """
            SELECT 'premises visited', '', count(*) FROM visit_outcomes WHERE arrived_at >= $1 AND arrived_at < $2
            UNION ALL SELECT 'visits finding indicators of exploitation', '', count(*) FROM visit_outcomes
                WHERE arrived_at >= $1 AND arrived_at < $2 AND cardinality(indicators) > 0
            UNION ALL SELECT 'referrals', upper(r.kind), count(*) FROM visit_referrals r JOIN visit_outcomes o ON o.id = r.outcome_id
                WHERE o.arrived_at >= $1 AND o.arrived_at < $2 GROUP BY r.kind
            """, start, end);
        figures.AddRange(await IncidentsInPlanAreas(work, start, end));
        figures.AddRange(await IncidentsInPeriod<ExploitationType>(work, start, end, "by exploitation type",
            (type, period) => period with { ExploitationTypes = [type] }));
        figures.AddRange(await IncidentsInPeriod<VictimAgeGroup>(work, start, end, "by victim age group",
            (age, period) => period with { VictimAgeGroups = [age] }));
        return figures;
    }

    private static async Task Add(Work work, List<BoardFigure> figures, string section, Func<long, SuppressedCount> shown, string sql, params object[] values)
    {
        var rows = await work.List(sql, r => new BoardFigure(section, r.GetString(0), r.GetString(1), shown(r.GetInt64(2))), values);
        figures.AddRange(rows.OrderBy(f => f.Measure, StringComparer.Ordinal).ThenBy(f => f.Breakdown, StringComparer.Ordinal));
    }

    /// <summary>
    /// Incidents by month of occurrence inside any plan's areas, from the viewer's view by month: records seen in full
    /// where they are, counted cells by their centre with the count the map shows.
    /// </summary>
    private static async Task<IEnumerable<BoardFigure>> IncidentsInPlanAreas(Work work, DateTime start, DateTime end)
    {
        if (await PlanAreas.Boundary(work, null) is not { } areas) return [];
        var sql = new SqlConditions();
        return await work.List($"""
            SELECT to_char(view.occurred_from AT TIME ZONE 'UTC', 'YYYY-MM'), {RegionCount.Columns}
            FROM {IncidentView.Of(sql, work.Viewer, new IncidentFilter(Within: areas, From: start, To: end), ViewGrain.Month)}
            WHERE view.cell OR view.occurred_from >= {sql.Parameter(start)}
            GROUP BY 1 ORDER BY 1
            """, r => new BoardFigure("Incidents in plan areas", "by month", r.GetString(0), RegionCount.Read(r, 1).Shown), sql);
    }

    /// <summary>
    /// Incidents that began in the period, anywhere, by one of their codes: each code counted in the view the viewer's
    /// map shows when filtered to that code, as a view's counted cells carry no codes.
    /// </summary>
    private static async Task<IEnumerable<BoardFigure>> IncidentsInPeriod<T>(Work work, DateTime start, DateTime end, string measure,
        Func<T, IncidentFilter, IncidentFilter> narrow) where T : struct, Enum
    {
        var sql = new SqlConditions();
        var period = new IncidentFilter(From: start, To: end);
        var counts = Enum.GetValues<T>().Select(code => $"""
            SELECT initcap(replace({sql.Parameter(Codes.Of(code))}, '_', ' ')), {RegionCount.Columns}
            FROM {IncidentView.Of(sql, work.Viewer, narrow(code, period))}
            WHERE view.cell OR view.occurred_from >= {sql.Parameter(start)}
            """);
        var rows = await work.List($"SELECT * FROM ({string.Join("\nUNION ALL\n", counts)}) c ORDER BY 1",
            r => (Code: r.GetString(0), Count: RegionCount.Read(r, 1)), sql);
        return rows.Where(row => !row.Count.Empty).Select(row => new BoardFigure("Incidents in period", measure, row.Code, row.Count.Shown));
    }
}
