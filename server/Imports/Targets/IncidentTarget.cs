using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Imports;

/// <summary>
/// Incidents: duplicates of the agency's own references are recorded, other agencies' reports nearby are linked, and
/// linked reports share a linked_group so that analysis counts them once (see IncidentAccess).
/// </summary>
public sealed class IncidentTarget : ImportTarget<IncidentRecord>
{
    public override string StagingColumns => """
        occurred_from timestamptz, occurred_to timestamptz, reported_on date, exploitation_type text, victim_age_group text,
        source_reference text, intelligence_grade text, location_precision text, postcode text, easting float8, northing float8
        """;

    public override string CopyColumns => """
        occurred_from, occurred_to, reported_on, exploitation_type, victim_age_group, source_reference, intelligence_grade,
        location_precision, postcode, easting, northing
        """;

    public override void Write(NpgsqlBinaryImporter copy, IncidentRecord? r)
    {
        if (r is null) { for (var i = 0; i < 11; i++) copy.WriteNull(); return; }
        copy.Write(r.OccurredFrom.UtcDateTime, NpgsqlDbType.TimestampTz);
        WriteNullable(copy, r.OccurredTo?.UtcDateTime, NpgsqlDbType.TimestampTz);
        WriteNullable(copy, r.ReportedOn, NpgsqlDbType.Date);
        copy.Write(r.ExploitationType, NpgsqlDbType.Text);
        copy.Write(r.VictimAgeGroup, NpgsqlDbType.Text);
        WriteNullable(copy, r.SourceReference, NpgsqlDbType.Text);
        WriteNullable(copy, r.IntelligenceGrade, NpgsqlDbType.Text);
        copy.Write(r.LocationPrecision, NpgsqlDbType.Text);
        WriteNullable(copy, r.Postcode, NpgsqlDbType.Text);
        WriteNullable(copy, r.Easting, NpgsqlDbType.Double);
        WriteNullable(copy, r.Northing, NpgsqlDbType.Double);
    }

    /// <summary>Bands of cell columns a first load counts in: at a million rows, about half a second each.</summary>
    private const int CountingBands = 32;

    public override async Task<int> Finish(Work work, long importId, ImportOptions options, PhaseTimes times, RunProgress steps)
    {
        steps.Writing("checking", 0.01);
        await LocatePostcodes(work);
        steps.Writing("checking", 0.03);
        await CheckDistrict(work, options.KeepOutsideDistrict);
        steps.Writing("checking", 0.05);
        var held = new SqlConditions();
        await work.Execute($"""
            UPDATE staged s SET outcome = 'duplicate', duplicate_of = i.id, reason = 'already held as incident ' || i.id
            FROM incidents i
            WHERE s.outcome IS NULL AND i.source_agency = {held.Parameter(options.Agency)} AND i.source_reference = s.source_reference
                AND {(options.DryRun ? SeenInFull(held, options, "i.id") : "TRUE")}
            """, held);
        steps.Writing("checking", 0.07);
        await MarkRepeats(work, "source_reference");
        times.Lap("checks");
        var indexes = await IncidentIndexes.SetAsideIfEmpty(work);
        steps.Writing("writing", 0.1);
        await InBatches(work, $"""
            INSERT INTO incidents (location, occurred_from, occurred_to, reported_on, exploitation_type, victim_age_group, source_agency,
                source_reference, intelligence_grade, location_precision, sensitivity, lawful_basis, agreement_reference, import_id, import_line)
            SELECT ST_SetSRID(ST_MakePoint(easting, northing), 27700), occurred_from, occurred_to, reported_on, exploitation_type,
                victim_age_group, $2, source_reference, intelligence_grade, location_precision, $3, $4, $5, $1, line
            FROM staged WHERE outcome IS NULL AND ctid >= $6 AND ctid < $7 {(options.DryRun ? UnseenHeld : "")}
            """, done => steps.Writing("writing", 0.1 + 0.65 * done),
            importId, options.Agency, options.Sensitivity, options.LawfulBasis, options.AgreementReference);
        times.Lap("insert into incidents");
        if (indexes > 0)
        {
            await IncidentIndexes.Restore(work, built => steps.Writing("building indexes", 0.75 + 0.12 * Math.Min(1, built / indexes)));
            times.Lap("indexes built (the table was empty)");
        }
        // A first load counts the class cells once here, not batch by batch (migration 0038), before links relabel groups:
        // a band of cell columns at a time (migration 0049), so progress moves about once a second at a million rows.
        steps.Writing("counting cells", 0.87);
        // Band 0 answers false when the counts were kept as the rows went in (the table was not empty): nothing to do.
        for (var band = 0; band < CountingBands; band++)
        {
            if (!await work.Scalar<bool>("SELECT incidents_count_cells_band($1, $2)", band, CountingBands)) break;
            steps.Writing("counting cells", 0.87 + 0.01 * (band + 1) / CountingBands);
            if (band == CountingBands - 1) times.Lap("class cells counted (the table was empty)");
        }
        // An imported row is accounted for by its incident's import_line; only a note (e.g. outside the district) needs a row here.
        await work.Execute("""
            INSERT INTO import_rows (import_id, line, outcome, reason, record_id)
            SELECT $1, s.line, 'imported', s.note, i.id FROM staged s JOIN incidents i ON i.import_id = $1 AND i.import_line = s.line
            WHERE s.outcome IS NULL AND s.note IS NOT NULL
            """, importId);
        steps.Writing("linking", 0.88);
        var linked = await Link(work, importId, options);
        if (linked > 0)
            await work.Execute("SELECT relabel_linked_groups(array(SELECT incident_id FROM incident_links WHERE import_id = $1))", importId);
        times.Lap("links to other agencies");
        steps.Writing("recording", 0.9);
        return linked > 0 ? await LinksTold(work, importId, options) : 0;
    }

    /// <summary>
    /// A dry run checks duplicates only against records the importer may see in full; a row held already as one they may
    /// not see is passed over unsaid, as if added, so that the preview does not tell them the record exists.
    /// </summary>
    private const string UnseenHeld =
        "AND NOT EXISTS (SELECT 1 FROM incidents h WHERE h.source_agency = $2 AND h.source_reference = staged.source_reference)";

    /// <summary>
    /// Whether the incident <paramref name="id"/> names is one the importer may see in full (need-to-know, as every path out
    /// decides it). A dry run checks and links only against those, and any import tells only of those, so an import cannot
    /// place or count records its importer may not see; the command line's operator holds the database and is told all.
    /// </summary>
    private static string SeenInFull(SqlConditions sql, ImportOptions options, string id) => options.Importer is { } importer
        ? $"EXISTS (SELECT 1 FROM {IncidentAccess.EachRecord(sql, importer, new IncidentFilter())} WHERE seen.id = {id} AND seen.access = '{IncidentAccess.Full}')"
        : "TRUE";

    /// <summary>
    /// Links the new reports to other agencies' nearby reports of the same exploitation, so that each incident counts once
    /// wherever it is counted. A real import links every agency's; a dry run, which only tells, links only what the
    /// importer may see in full.
    /// </summary>
    private static Task<int> Link(Work work, long importId, ImportOptions options)
    {
        var sql = new SqlConditions();
        var import = sql.Parameter(importId);
        return work.Execute($"""
            INSERT INTO incident_links (incident_id, linked_incident_id, distance_m, days_apart, import_id)
            SELECT n.id, o.id, ST_Distance(n.location, o.location),
                abs(extract(epoch FROM n.occurred_from - o.occurred_from)) / 86400, {import}
            FROM incidents n
            JOIN incidents o ON o.source_agency <> n.source_agency AND o.exploitation_type = n.exploitation_type
                AND ST_DWithin(o.location, n.location, {sql.Parameter(options.LinkDistanceMetres)})
                AND o.occurred_from BETWEEN n.occurred_from - {sql.Parameter(options.LinkWindow)} AND n.occurred_from + {sql.Parameter(options.LinkWindow)}
            WHERE n.import_id = {import} AND n.exploitation_type <> 'unknown' AND o.import_id IS DISTINCT FROM {import}
              AND EXISTS (SELECT 1 FROM incidents x WHERE x.source_agency <> {sql.Parameter(options.Agency)})
              AND {(options.DryRun ? SeenInFull(sql, options, "o.id") : "TRUE")}
            """, sql);
    }

    /// <summary>The links of this import the importer is told of: those to records they may see in full.</summary>
    private static async Task<int> LinksTold(Work work, long importId, ImportOptions options)
    {
        var sql = new SqlConditions();
        return await work.Scalar<int>($"""
            SELECT count(*)::int FROM incident_links l
            WHERE l.import_id = {sql.Parameter(importId)} AND {SeenInFull(sql, options, "l.linked_incident_id")}
            """, sql);
    }
}
