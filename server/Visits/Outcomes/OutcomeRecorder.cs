using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Visits;

/// <summary>
/// Stores a visit's outcome once: a phone that lost its connection resends the same idempotency key and gets the
/// first result back; a second outcome for the same target under a new key is refused.
/// </summary>
public sealed class OutcomeRecorder(NpgsqlDataSource dataSource, OutcomeReader outcomes, FollowUpActions followUps)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

    public async Task<VisitOutcome> Record(Viewer viewer, VisitOutcomeInput input, CancellationToken cancel)
    {
        if (input.IdempotencyKey is not { Length: >= 8 and <= 200 }) throw new VisitRefused("idempotencyKey must be 8–200 characters, made once per outcome on the device (e.g. a UUID).");
        if (await outcomes.ByKey(input.IdempotencyKey, cancel) is { } earlier)
            return earlier.VisitTargetId == input.VisitTargetId
                ? earlier with { Replayed = true }
                : throw new VisitRefused("This idempotency key was already used for another visit target: make a new key for each outcome.");
        Validate(input);
        await using var connection = await dataSource.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await using (var check = new NpgsqlCommand("""
            SELECT EXISTS (SELECT 1 FROM visit_targets WHERE id = $1 AND visit_id = $2),
                EXISTS (SELECT 1 FROM visits v WHERE v.id = $2 AND (v.created_by = $3 OR v.id IN (SELECT visit_id FROM visit_team WHERE username = $3)))
            """, connection, transaction))
        {
            Add(check, input.VisitTargetId, input.VisitId, viewer.Username);
            await using var reader = await check.ExecuteReaderAsync(cancel);
            await reader.ReadAsync(cancel);
            if (!reader.GetBoolean(1)) throw new VisitRefused($"Only the team or planner of operation {input.VisitId} may record its outcomes.");
            if (!reader.GetBoolean(0)) throw new VisitRefused($"Visit target {input.VisitTargetId} is not part of operation {input.VisitId}: record the outcome against one of its route stops.");
        }
        await using var insert = new NpgsqlCommand("""
            INSERT INTO visit_outcomes (idempotency_key, visit_target_id, arrived_at, left_at, people_spoken_to, indicators, victims, consent,
                notices, advice, follow_up_actions, recorded_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12)
            ON CONFLICT DO NOTHING RETURNING id
            """, connection, transaction);
        Add(insert, input.IdempotencyKey, input.VisitTargetId, input.ArrivedAt, input.LeftAt, input.PeopleSpokenTo,
            Codes.Of(input.Indicators ?? []), JsonSerializer.Serialize(input.Victims ?? [], Json), JsonSerializer.Serialize(input.Consent ?? [], Json),
            Codes.Of(input.Notices ?? []), input.Advice, (input.FollowUpActions ?? []).ToArray(), viewer.Username);
        if (await insert.ExecuteScalarAsync(cancel) is not long id)
        {
            await transaction.RollbackAsync(cancel);
            // Another upload won a race with the same key: answer with its result.
            if (await outcomes.ByKey(input.IdempotencyKey, cancel) is { } raced && raced.VisitTargetId == input.VisitTargetId) return raced with { Replayed = true };
            throw new VisitRefused($"An outcome is already recorded for visit target {input.VisitTargetId} under another idempotency key. " +
                "To retry an upload, resend it with its original key.");
        }
        foreach (var referral in input.Referrals ?? [])
        {
            await using var add = new NpgsqlCommand("INSERT INTO visit_referrals (outcome_id, kind, reference, follow_up_on) VALUES ($1, $2, $3, $4)", connection, transaction);
            Add(add, id, Codes.Of(referral.Kind), string.IsNullOrWhiteSpace(referral.Reference) ? null : referral.Reference.Trim(), referral.FollowUpOn);
            await add.ExecuteNonQueryAsync(cancel);
        }
        await followUps.Record(connection, transaction, viewer, input.VisitId, id, input.FollowUps ?? [], cancel);
        await transaction.CommitAsync(cancel);
        return (await outcomes.ByKey(input.IdempotencyKey, cancel))!;
    }

    private static void Validate(VisitOutcomeInput input)
    {
        if (input.LeftAt < input.ArrivedAt) throw new VisitRefused("leftAt is before arrivedAt.");
        if (input.PeopleSpokenTo < 0 || (input.Victims ?? []).Any(v => v.Count < 0) || (input.Consent ?? []).Any(c => c.People < 0))
            throw new VisitRefused("Counts cannot be negative.");
        if ((input.Referrals ?? []).Any(r => r.FollowUpOn is { } on && on < DateOnly.FromDateTime(input.ArrivedAt.UtcDateTime)))
            throw new VisitRefused("A referral's follow-up date is before the visit.");
        FollowUpActions.Check(input.FollowUps ?? []);
    }

    private static void Add(NpgsqlCommand command, params object?[] values)
    {
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
    }
}
