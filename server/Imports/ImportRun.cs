using System.Diagnostics;
using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Imports;

/// <summary>
/// One import in one transaction: its imports row, the accepted rows, and every source row accounted for (import_outcomes).
/// A crash, a kill or a cancel before COMMIT leaves none of them.
/// </summary>
public sealed class ImportRun(NpgsqlConnection connection, SourceFile file, ImportOptions options, List<string> notes,
    Action<ImportProgress>? progress, DateTimeOffset started)
{
    // The command line's operator imports as themself, for their agency; over the API the signed-in importer.
    private Viewer Importer => options.Importer ?? new Viewer(options.ImportedBy, Role.Administrator, options.Agency);

    public async Task<ImportSummary> Run<T>(ImportTarget<T> target, IAsyncEnumerable<SourceRow> rows,
        Func<SourceRow, (T?, string?)> read, Func<long> bytesRead, RejectedRows? rejectedOut, CancellationToken cancel) where T : class
    {
        var times = new PhaseTimes();
        var steps = new RunProgress(progress, file.Length);
        // Its own transaction on the importer's connection, not UnitOfWork.Run: the COPY streams on that connection, and
        // a dry run rolls back everything but its audit entry.
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        var work = new Work(connection, transaction, Importer, cancel) { CommandTimeout = 0 };
        var importId = await work.Scalar<long>("""
            INSERT INTO imports (kind, file_name, sha256, agency, sensitivity, lawful_basis, agreement_reference, imported_by, started_at, status)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'completed') RETURNING id
            """, Database.Codes.Of(options.Kind), options.FileName, file.Sha256, options.Agency, options.Sensitivity,
            options.LawfulBasis, options.AgreementReference, options.ImportedBy, started);
        await work.Execute("SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '256MB'");
        await work.Execute($"""
            CREATE TEMP TABLE staged (line integer, source text, outcome text, reason text, note text, duplicate_of bigint,
                {target.StagingColumns}) ON COMMIT DROP
            """);
        var read_ = await Stage(target, rows, read, bytesRead, steps, cancel);
        times.Lap("reading and staging COPY");
        if (await EarlierImports.MarkDone(work, file.Sha256, options.Kind) is { } before) notes.Add(before);
        steps.Reading(read_, file.Length);
        var linked = await target.Finish(work, importId, options, times, steps);
        // Imported rows were recorded with the ids they became; the others keep their source text to be fixed and sent again.
        await work.Execute("""
            INSERT INTO import_rows (import_id, line, outcome, reason, duplicate_of, source)
            SELECT $1, line, outcome, reason, duplicate_of, source FROM staged WHERE outcome IS NOT NULL
            """, importId);
        times.Lap("import_rows of rejected and duplicate rows");
        steps.Writing("counting", 0.93);
        var counts = (await work.List("SELECT coalesce(outcome, 'imported'), count(*)::int FROM staged GROUP BY 1", r => (r.GetString(0), r.GetInt32(1))))
            .ToDictionary();
        var problems = await Problems(work, rejectedOut);
        steps.Writing("recording", 0.96);
        await work.Execute("""
            UPDATE imports SET rows_read = $2, rows_imported = $3, rows_duplicate = $4, rows_rejected = $5, finished_at = clock_timestamp(),
                message = $6 WHERE id = $1
            """, importId, read_, counts.GetValueOrDefault("imported"), counts.GetValueOrDefault("duplicate"),
            counts.GetValueOrDefault("rejected"), notes.Count == 0 ? null : string.Join(" ", notes));
        var audited = new { options.FileName, kind = Database.Codes.Of(options.Kind), file.Sha256, counts, linked, options.DryRun };
        if (options.DryRun)
        {
            // What a dry run told its importer is audited after the rollback, which would otherwise take the entry with it.
            await transaction.RollbackAsync(cancel);
            await using var told = await connection.BeginTransactionAsync(cancel); // the same connection, after the rollback above
            await new Work(connection, told, Importer, cancel).AuditAs(options.ImportedBy, options.Agency, "preview import", null, audited);
            await told.CommitAsync(cancel);
        }
        else
        {
            await work.AuditAs(options.ImportedBy, options.Agency, "import", $"import:{importId}", audited);
            await transaction.CommitAsync(cancel);
        }
        times.Lap("counts, audit and commit");
        steps.Finished();
        times.Note($"longest wait between progress changes {steps.LongestWait.TotalSeconds:0.00} s (ended by {steps.LongestWaitEndedIn})");
        return new ImportSummary(options.DryRun ? null : importId, read_, counts.GetValueOrDefault("imported"),
            counts.GetValueOrDefault("duplicate"), counts.GetValueOrDefault("rejected"), linked, problems, notes, options.DryRun) { Timings = times.ToString() };
    }

    private async Task<int> Stage<T>(ImportTarget<T> target, IAsyncEnumerable<SourceRow> rows,
        Func<SourceRow, (T?, string?)> read, Func<long> bytesRead, RunProgress steps, CancellationToken cancel) where T : class
    {
        var count = 0;
        var clock = Stopwatch.StartNew();
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY staged (line, source, outcome, reason, {target.CopyColumns}) FROM STDIN (FORMAT BINARY)", cancel);
        await foreach (var row in rows.WithCancellation(cancel))
        {
            var (record, problem) = read(row);
            copy.StartRow();
            copy.Write(row.Line, NpgsqlTypes.NpgsqlDbType.Integer);
            copy.Write(row.Source, NpgsqlTypes.NpgsqlDbType.Text);
            if (record is null)
            {
                copy.Write("rejected", NpgsqlTypes.NpgsqlDbType.Text);
                copy.Write(problem ?? "the row cannot be read", NpgsqlTypes.NpgsqlDbType.Text);
            }
            else { copy.WriteNull(); copy.WriteNull(); }
            target.Write(copy, record);
            if (++count == options.FailAfterRows) throw new InvalidOperationException($"Forced failure after {count} rows (test hook).");
            if ((count & 4095) == 0 && clock.ElapsedMilliseconds >= 500)
            {
                steps.Reading(count, bytesRead());
                clock.Restart();
            }
        }
        await copy.CompleteAsync(cancel);
        return count;
    }

    private static async Task<List<RowProblem>> Problems(Work work, RejectedRows? rejectedOut)
    {
        var problems = new List<RowProblem>();
        await using var command = work.Command("SELECT line, reason, source FROM staged WHERE outcome = 'rejected' ORDER BY line");
        await using var reader = await command.ExecuteReaderAsync(work.Cancel);
        while (await reader.ReadAsync(work.Cancel))
        {
            if (problems.Count < 20) problems.Add(new RowProblem(reader.GetInt32(0), reader.GetString(1)));
            rejectedOut?.Add(reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
            if (rejectedOut is null && problems.Count == 20) break;
        }
        return problems;
    }
}
