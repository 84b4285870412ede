using Hotspots.Database;

namespace Hotspots.Imports;

/// <summary>
/// Idempotency per row: a file imported before is read again, and the lines an earlier run of the same file took in
/// (or found already held) count as duplicates of what they became, so only the lines rejected before are tried
/// again, e.g. with --repair, or after the postcodes they needed were loaded.
/// </summary>
public static class EarlierImports
{
    /// <summary>The latest import of this file when it left no line rejected: reading the file again could add nothing.</summary>
    public static Task<long?> Complete(Work work, string sha256, ImportKind kind) => work.Scalar<long?>("""
        SELECT id FROM imports WHERE sha256 = $1 AND kind = $2 AND status = 'completed' AND rows_rejected = 0
          AND id = (SELECT max(id) FROM imports WHERE sha256 = $1 AND kind = $2 AND status = 'completed')
        """, sha256, Codes.Of(kind));

    /// <summary>
    /// Marks the staged lines that an earlier run of this file accounted for; returns a note saying how many, or null.
    /// The advisory lock makes a second run of the same file wait for the first to commit, as the unique index once did.
    /// </summary>
    public static async Task<string?> MarkDone(Work work, string sha256, ImportKind kind)
    {
        await work.Execute("SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0))", sha256, Codes.Of(kind));
        var (count, imports) = (await work.Single("""
            WITH done AS (
                SELECT DISTINCT ON (o.line) o.line, o.import_id, coalesce(o.record_id, o.duplicate_of) AS record
                FROM imports i JOIN import_outcomes o ON o.import_id = i.id
                WHERE i.sha256 = $1 AND i.kind = $2 AND i.status = 'completed' AND o.outcome IN ('imported', 'duplicate')
                ORDER BY o.line, o.import_id),
            marked AS (
                UPDATE staged s SET outcome = 'duplicate', duplicate_of = d.record, source = NULL,
                    reason = format('taken in from this file before (line %s of import %s)', d.line, d.import_id)
                FROM done d WHERE s.line = d.line
                RETURNING d.import_id)
            SELECT count(*)::int, string_agg(DISTINCT import_id::text, ', ') FROM marked
            """, r => (r.GetInt32(0), r.IsDBNull(1) ? "" : r.GetString(1)), sha256, Codes.Of(kind)));
        return count == 0 ? null
            : $"This file was imported before (import {imports}): its {count:N0} rows taken in then count as duplicates, and only the rest were tried again.";
    }
}
