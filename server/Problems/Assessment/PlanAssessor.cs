using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Problems;

/// <summary>Counts the incidents this viewer may see in target, buffer and control over equal periods either side of the response start.</summary>
public sealed class PlanAssessor(NpgsqlDataSource dataSource, PlanStore plans, ActionStore actions)
{
    public const double DefaultBufferMetres = 500;

    public async Task<DisplacementAssessment> Assess(Viewer viewer, long planId, double bufferMetres, long? controlAreaId,
        DateOnly? responseStart, int? periodDays, CancellationToken cancel)
    {
        var plan = await plans.ById(viewer, planId, cancel) ?? throw new ProblemRefused($"There is no plan {planId} you are a member of.");
        if (bufferMetres is <= 0 or > 5000) throw new ProblemRefused($"bufferMetres must be above 0 and at most 5000 (was {bufferMetres}).");
        var start = responseStart ?? plan.ResponseStartedOn
            ?? throw new ProblemRefused("Set the plan's responseStartedOn (or give responseStart): assessment compares equal periods before and after it.");
        var days = periodDays ?? actions.Today.DayNumber - start.DayNumber;
        if (days < 1) throw new ProblemRefused($"There is no period after the response start {start:yyyy-MM-dd} yet; give periodDays of at least 1.");
        var period = new AssessmentPeriod(start.AddDays(-days), start, start.AddDays(days));

        var sql = new SqlConditions();
        var from = sql.Parameter(Midnight(period.BeforeFrom));
        var split = sql.Parameter(Midnight(start));
        var to = sql.Parameter(Midnight(period.AfterTo));
        await using var command = sql.Command(dataSource, $"""
            WITH {DisplacementRegions.Sql(sql.Parameter(planId), sql.Parameter(bufferMetres), sql.Parameter(controlAreaId ?? -1L))},
            points AS (
                SELECT seen.access, CASE WHEN seen.access = '{IncidentAccess.Full}' THEN seen.location ELSE seen.cell_centre END AS p,
                    seen.occurred_from >= {split} AS after
                FROM {IncidentAccess.Seen(sql, viewer, new IncidentFilter())}
                WHERE seen.access IN ('{IncidentAccess.Full}', '{IncidentAccess.Generalised}')
                    AND seen.occurred_from >= {from} AND seen.occurred_from < {to})
            SELECT r.region, ST_Area(r.g), ST_AsGeoJSON(ST_Transform(r.g, 4326), 6), {IncidentAccess.SuppressBelow},
                count(*) FILTER (WHERE NOT pt.after AND pt.access = 'full'), count(*) FILTER (WHERE NOT pt.after AND pt.access <> 'full'),
                count(*) FILTER (WHERE pt.after AND pt.access = 'full'), count(*) FILTER (WHERE pt.after AND pt.access <> 'full')
            FROM regions r LEFT JOIN points pt ON ST_Intersects(r.g, pt.p)
            GROUP BY r.region, r.g
            """);
        var regions = new Dictionary<string, AssessedRegion>();
        await using (var r = await command.ExecuteReaderAsync(cancel))
            while (await r.ReadAsync(cancel))
            {
                var below = r.GetInt32(3);
                regions[r.GetString(0)] = new AssessedRegion(r.GetString(0), new RegionCount(r.GetInt64(4), r.GetInt64(5), below),
                    new RegionCount(r.GetInt64(6), r.GetInt64(7), below), r.GetDouble(1), r.GetString(2));
            }
        if (regions.Count < 3) throw new ProblemRefused("There is no control area: give controlAreaId, or load the district boundary.");
        return new DisplacementAssessment(planId, period, bufferMetres,
            controlAreaId is null ? "the district, less the target and its buffer" : $"area {controlAreaId}, less the target and its buffer",
            regions["target"], regions["buffer"], regions["control"]);
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
