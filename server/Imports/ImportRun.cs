using System.Diagnostics;
using System.Text.Json;
using Npgsql;

namespace Hotspots.Imports;

/// <summary>
/// One import in one transaction: its imports row, the accepted rows, and every source row accounted for (import_outcomes).
/// A crash, a kill or a cancel before COMMIT leaves none of them.
/// </summary>
public sealed class ImportRun(NpgsqlConnection connection, SourceFile file, ImportOptions options, List<string> notes,
    Action<ImportProgress>? progress, DateTimeOffset started)
{
    public async Task<ImportSummary> Run<T>(ImportTarget<T> target, IAsyncEnumerable<SourceRow> rows,
        Func<SourceRow, (T?, string?)> read, Func<long> bytesRead, RejectedRows? rejectedOut, CancellationToken cancel) where T : class
    {
        var times = new PhaseTimes();
        var steps = new RunProgress(progress, file.Length);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        var importId = await Scalar<long>("""
            INSERT INTO imports (kind, file_name, sha256, agency, sensitivity, lawful_basis, agreement_reference, imported_by, started_at, status)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'completed') RETURNING id
            """, cancel, Database.Codes.Of(options.Kind), options.FileName, file.Sha256, options.Agency, options.Sensitivity,
            options.LawfulBasis, options.AgreementReference, options.ImportedBy, started);
        await Execute("SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '256MB'", cancel);
        await Execute($"""
            CREATE TEMP TABLE staged (line integer, source text, outcome text, reason text, note text, duplicate_of bigint,
                {target.StagingColumns}) ON COMMIT DROP
            """, cancel);
        var read_ = await Stage(target, rows, read, bytesRead, steps, cancel);
        times.Lap("reading and staging COPY");
        if (await EarlierImports.MarkDone(connection, file.Sha256, options.Kind, cancel) is { } before) notes.Add(before);
        steps.Reading(read_, file.Length);
        var linked = await target.Finish(connection, importId, options, times, steps, cancel);
        // Imported rows were recorded with the ids they became; the others keep their source text to be fixed and sent again.
        await Execute("""
            INSERT INTO import_rows (import_id, line, outcome, reason, duplicate_of, source)
            SELECT $1, line, outcome, reason, duplicate_of, source FROM staged WHERE outcome IS NOT NULL
            """, cancel, importId);
        times.Lap("import_rows of rejected and duplicate rows");
        steps.Writing("counting", 0.93);
        var counts = await Counts(cancel);
        var problems = await Problems(rejectedOut, cancel);
        steps.Writing("recording", 0.96);
        await Execute("""
            UPDATE imports SET rows_read = $2, rows_imported = $3, rows_duplicate = $4, rows_rejected = $5, finished_at = clock_timestamp(),
                message = $6 WHERE id = $1
            """, cancel, importId, read_, counts.GetValueOrDefault("imported"), counts.GetValueOrDefault("duplicate"),
            counts.GetValueOrDefault("rejected"), notes.Count == 0 ? null : string.Join(" ", notes));
        var audited = JsonSerializer.Serialize(new { options.FileName, kind = Database.Codes.Of(options.Kind), file.Sha256, counts, linked, options.DryRun });
        const string Audit = "INSERT INTO audit_log (username, agency, action, subject, detail) VALUES ($1, $2, $3, $4, $5::jsonb)";
        if (options.DryRun)
        {
            // What a dry run told its importer is audited after the rollback, which would otherwise take the entry with it.
            await transaction.RollbackAsync(cancel);
            await Execute(Audit, cancel, options.ImportedBy, options.Agency, "preview import", null, audited);
        }
        else
        {
            await Execute(Audit, cancel, options.ImportedBy, options.Agency, "import", $"import:{importId}", audited);
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

    private async Task<Dictionary<string, int>> Counts(CancellationToken cancel)
    {
        var counts = new Dictionary<string, int>();
        await using var command = new NpgsqlCommand("SELECT coalesce(outcome, 'imported'), count(*)::int FROM staged GROUP BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel)) counts[reader.GetString(0)] = reader.GetInt32(1);
        return counts;
    }

    private async Task<List<RowProblem>> Problems(RejectedRows? rejectedOut, CancellationToken cancel)
    {
        var problems = new List<RowProblem>();
        await using var command = new NpgsqlCommand(
            "SELECT line, reason, source FROM staged WHERE outcome = 'rejected' ORDER BY line", connection);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            if (problems.Count < 20) problems.Add(new RowProblem(reader.GetInt32(0), reader.GetString(1)));
            rejectedOut?.Add(reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
            if (rejectedOut is null && problems.Count == 20) break;
        }
        return problems;
    }

    private async Task<TValue> Scalar<TValue>(string sql, CancellationToken cancel, params object?[] values)
    {
        await using var command = Command(sql, values);
        return (TValue)(await command.ExecuteScalarAsync(cancel))!;
    }

    private async Task Execute(string sql, CancellationToken cancel, params object?[] values)
    {
        await using var command = Command(sql, values);
        await command.ExecuteNonQueryAsync(cancel);
    }

    private NpgsqlCommand Command(string sql, object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }
}
