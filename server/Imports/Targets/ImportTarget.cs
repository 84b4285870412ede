using System.Diagnostics;
using Hotspots.Database;
using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Imports;

/// <summary>
/// Where the rows of one kind go. Rows are copied into a temporary staging table (binary COPY), checked there with
/// set-based SQL (duplicates, district, postcodes), then moved into the target with one INSERT ... SELECT.
/// </summary>
public abstract class ImportTarget<T> where T : class
{
    /// <summary>The staging table's own columns, after line, source, outcome and reason.</summary>
    public abstract string StagingColumns { get; }

    public abstract string CopyColumns { get; }

    /// <summary>Writes the record's columns; null for a rejected row, whose columns are all null.</summary>
    public abstract void Write(NpgsqlBinaryImporter copy, T? record);

    /// <summary>Checks the staged rows, marks duplicates and rejects, inserts the rest; returns incidents linked.</summary>
    public abstract Task<int> Finish(Work work, long importId, ImportOptions options, PhaseTimes times, RunProgress steps);

    /// <summary>
    /// Runs a statement over the staged rows a slice at a time, by their place in the table (ctid >= $n-1 AND ctid < $n,
    /// the last two parameters), each slice sized to take about half a second, so that progress is reported while a
    /// million rows go in. Run after the checks, which move rows; all in the import's one transaction.
    /// </summary>
    protected static async Task InBatches(Work work, string sql, Action<double> done, params object?[] values)
    {
        var pages = await work.Scalar<long>("SELECT pg_relation_size('staged') / current_setting('block_size')::bigint");
        var clock = new Stopwatch();
        long from = 0, size = Math.Max(1, pages / 100);
        do
        {
            var to = from + size >= pages ? uint.MaxValue : from + size;
            clock.Restart();
            await work.Execute(sql, [.. values, new Typed(new NpgsqlTid((uint)from, 0), NpgsqlDbType.Tid), new Typed(new NpgsqlTid((uint)to, 0), NpgsqlDbType.Tid)]);
            done(Math.Min(1, (double)to / Math.Max(1, pages)));
            size = Math.Clamp((long)(size * BatchSeconds / Math.Max(0.01, clock.Elapsed.TotalSeconds)), 1, size * 2);
            from = to;
        } while (from < pages);
    }

    private const double BatchSeconds = 0.5;

    /// <summary>Synchronous: the importer buffers, and an await per field cost more than the write itself.</summary>
    protected static void WriteNullable<TValue>(NpgsqlBinaryImporter copy, TValue? value, NpgsqlTypes.NpgsqlDbType type)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, type);
    }

    /// <summary>
    /// The end of a place import (premises or risk businesses): place postcode-only rows, check the district, mark
    /// references already held or repeated in the file as duplicates, and insert the rest in file order.
    /// </summary>
    protected static async Task FinishPlaces(Work work, string table, string heldAs, string columns, long importId, ImportOptions options)
    {
        await LocatePostcodes(work);
        await CheckDistrict(work, options.KeepOutsideDistrict);
        await work.Execute($"""
            UPDATE staged s SET outcome = 'duplicate', duplicate_of = t.id, reason = 'already held as {heldAs} ' || t.id
            FROM {table} t WHERE s.outcome IS NULL AND t.reference = s.reference
            """);
        await MarkRepeats(work, "reference");
        await InsertNumbered(work, table, $"{columns}, location, import_id",
            $"{columns}, ST_SetSRID(ST_MakePoint(easting, northing), 27700), $1", "line", importId);
    }

    /// <summary>
    /// Inserts the accepted rows, each numbered from the table's own sequence, and records every one in import_rows
    /// with the id it became (no source text: the record holds it), in one pass over the staged rows.
    /// </summary>
    protected static Task InsertNumbered(Work work, string table, string columns, string values, string order,
        long importId, params object?[] more) => work.Execute($"""
        WITH numbered AS MATERIALIZED (
            SELECT nextval(pg_get_serial_sequence('{table}', 'id')) AS id, s.* FROM (SELECT * FROM staged WHERE outcome IS NULL ORDER BY {order}) s),
        inserted AS (INSERT INTO {table} (id, {columns}) OVERRIDING SYSTEM VALUE SELECT id, {values} FROM numbered)
        INSERT INTO import_rows (import_id, line, outcome, reason, record_id) SELECT $1, line, 'imported', note, id FROM numbered
        """, [importId, .. more]);

    /// <summary>Rows inside the file with the same key as an earlier row are duplicates of that row.</summary>
    protected static Task MarkRepeats(Work work, string key) => work.Execute($"""
        UPDATE staged s SET outcome = 'duplicate', reason = 'same {key} as line ' || f.first_line
        FROM (SELECT {key} AS k, min(line) AS first_line FROM staged WHERE outcome IS NULL AND {key} IS NOT NULL
              GROUP BY 1 HAVING count(*) > 1) f
        WHERE s.outcome IS NULL AND s.{key} = f.k AND s.line > f.first_line
        """);

    /// <summary>Points outside the district (when one is loaded) are rejected, or kept with a note.</summary>
    protected static Task CheckDistrict(Work work, bool keep) => work.Execute($"""
        WITH district AS (SELECT ST_Union(boundary) AS boundary FROM areas WHERE kind = 'district')
        UPDATE staged s SET {(keep ? "note" : "outcome = 'rejected', reason")} =
            format('outside the district (easting %s, northing %s)', round(s.easting), round(s.northing))
        FROM district d
        WHERE d.boundary IS NOT NULL AND s.outcome IS NULL AND s.easting IS NOT NULL
          AND NOT ST_Intersects(d.boundary, ST_SetSRID(ST_MakePoint(s.easting, s.northing), 27700))
        """);

    /// <summary>Rows given only a postcode take its Code-Point Open point; an unknown postcode rejects the row.</summary>
    protected static async Task LocatePostcodes(Work work)
    {
        await work.Execute("""
            UPDATE staged s SET easting = ST_X(p.location), northing = ST_Y(p.location)
            FROM postcodes p WHERE s.outcome IS NULL AND s.easting IS NULL AND p.postcode = s.postcode
            """);
        await work.Execute("""
            UPDATE staged SET outcome = 'rejected',
                reason = format('postcode %s is not in the postcodes table (import Code-Point Open first)', postcode)
            WHERE outcome IS NULL AND easting IS NULL
            """);
    }
}
