using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

/// <summary>Lists only the records the viewer may see in full; the rest are counted on the map or signposted.</summary>
public sealed class IncidentSearch(UnitOfWork units)
{
    private const string ReviewDue = """
        (coalesce(reviewed_on, reported_on, occurred_from::date)
            + make_interval(months => (SELECT review_months FROM agencies WHERE code = source_agency)))::date
        """;

    private const string Columns = """
        id, ST_AsGeoJSON(ST_Transform(location, 4326), 6), ST_X(location), ST_Y(location), occurred_from,
        occurred_to, reported_on, exploitation_type, victim_age_group, source_agency, source_reference,
        intelligence_grade, location_precision, sensitivity, lawful_basis, agreement_reference, sources,
        """ + ReviewDue;

    public async Task<Page<Incident>> Find(Viewer viewer, IncidentFilter filter, PageRequest page, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var from = $"{IncidentAccess.Seen(sql, viewer, filter)} WHERE seen.access = '{IncidentAccess.Full}' AND {IncidentAccess.InFilter(sql, filter)}";
        var countSql = $"SELECT count(*) FROM {from}";
        var pageSql = $"SELECT {Columns} FROM {from} AND id > {sql.Parameter(page.After)} ORDER BY id LIMIT {sql.Parameter(page.First + 1)}";
        return await Page<Incident>.Read(units, viewer, sql, pageSql, countSql, page.First, Read, cancel);
    }

    /// <summary>Records of the viewer's own agency whose review date has come, oldest due first.</summary>
    public async Task<Page<Incident>> DueForReview(Viewer viewer, PageRequest page, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var from = $"{IncidentAccess.EachRecord(sql, viewer, new IncidentFilter())} WHERE seen.access = '{IncidentAccess.Full}' " +
            $"AND source_agency = {sql.Parameter(viewer.Agency)} AND ({ReviewDue}) <= current_date";
        var pageSql = $"SELECT {Columns} FROM {from} AND id > {sql.Parameter(page.After)} ORDER BY id LIMIT {sql.Parameter(page.First + 1)}";
        return await Page<Incident>.Read(units, viewer, sql, pageSql, $"SELECT count(*) FROM {from}", page.First, Read, cancel);
    }

    /// <summary>Records, and audits, that the owning agency reviewed the record today; false when it is not the viewer's agency's.</summary>
    public Task<bool> MarkReviewed(Viewer viewer, long id, CancellationToken cancel) => units.Run(viewer, async work =>
    {
        if (await work.Execute("UPDATE incidents SET reviewed_on = current_date WHERE id = $1 AND source_agency = $2", id, viewer.Agency) != 1)
            return false;
        await work.Audit("review incident", $"incident:{id}");
        return true;
    }, cancel);

    /// <summary>One record the viewer may see in full, or null when there is none or they may not.</summary>
    public Task<Incident?> ById(Viewer viewer, long id, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var select = $"SELECT {Columns} FROM {IncidentAccess.EachRecord(sql, viewer, new IncidentFilter())} WHERE seen.access = '{IncidentAccess.Full}' AND id = {sql.Parameter(id)}";
        return units.Read(viewer, work => work.Single(select, Read, sql), cancel);
    }

    private static Incident Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3), r.GetFieldValue<DateTimeOffset>(4),
        r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5),
        r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6),
        Codes.Parse<ExploitationType>(r.GetString(7)), Codes.Parse<VictimAgeGroup>(r.GetString(8)), r.GetString(9),
        r.IsDBNull(10) ? null : r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11),
        Codes.Parse<LocationPrecision>(r.GetString(12)), Codes.Parse<Sensitivity>(r.GetString(13)),
        r.IsDBNull(14) ? null : r.GetString(14), r.IsDBNull(15) ? null : r.GetString(15), r.GetFieldValue<DateOnly>(17),
        IncidentSource.Read(r.IsDBNull(16) ? null : r.GetString(16), r.GetInt64(0), r.GetString(9), r.IsDBNull(10) ? null : r.GetString(10)));
}
