using Hotspots.Database;
using Npgsql;

namespace Hotspots.Access;

/// <summary>
/// Applies each agency's retention policy: records older than it are anonymised (victim details and references
/// removed, location generalised to 1 km) or deleted, and each decision is audited with its count.
/// </summary>
public sealed class Retention(UnitOfWork units)
{
    /// <summary>Each decision's audit entry commits with it, so no record goes without its count in the log.</summary>
    public Task<List<(string Agency, string Action, int Records)>> Apply(CancellationToken cancel) => units.Run(Viewer.NoOne, async work =>
    {
        var decisions = await work.List("""
            WITH expired AS (
                SELECT i.id, a.code, a.retention_action FROM incidents i JOIN agencies a ON a.code = i.source_agency
                WHERE i.occurred_from < now() - make_interval(months => a.retention_months) AND i.anonymised_on IS NULL
            ), deleted AS (
                DELETE FROM incidents WHERE id IN (SELECT id FROM expired WHERE retention_action = 'delete') RETURNING source_agency
            ), anonymised AS (
                UPDATE incidents SET source_reference = NULL, intelligence_grade = NULL, victim_age_group = 'unknown',
                    location = ST_SetSRID(ST_MakePoint(floor(ST_X(location) / 1000) * 1000 + 500, floor(ST_Y(location) / 1000) * 1000 + 500), 27700),
                    location_precision = 'area', anonymised_on = current_date
                WHERE id IN (SELECT id FROM expired WHERE retention_action = 'anonymise') RETURNING source_agency
            )
            SELECT source_agency, 'delete', count(*)::int FROM deleted GROUP BY 1
            UNION ALL SELECT source_agency, 'anonymise', count(*)::int FROM anonymised GROUP BY 1
            """, r => (r.GetString(0), r.GetString(1), r.GetInt32(2)));
        foreach (var (agency, action, records) in decisions)
            await work.AuditAs("retention", agency, $"retention: {action}", $"agency:{agency}", new { records }, "past the agency's retention period");
        return decisions;
    }, cancel);
}

/// <summary>Runs the retention policy once a day (Hotspots:RetentionHours to change).</summary>
public sealed class RetentionSchedule(Retention retention, IConfiguration configuration, ILogger<RetentionSchedule> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(configuration.GetValue("Hotspots:RetentionHours", 24.0)));
        do
        {
            try
            {
                foreach (var (agency, action, records) in await retention.Apply(stopping))
                    log.LogInformation("Retention: {Action} {Records} records of {Agency}", action, records, agency);
            }
            catch (NpgsqlException e)
            {
                log.LogWarning(e, "Retention did not run; it will try again at the next period");
            }
        } while (await timer.WaitForNextTickAsync(stopping));
    }
}
