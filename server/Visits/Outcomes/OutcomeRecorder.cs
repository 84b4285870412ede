using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>
/// Stores a visit's outcome once: a phone that lost its connection resends the same idempotency key and gets the
/// first result back; a second outcome for the same target under a new key is refused.
/// </summary>
public sealed class OutcomeRecorder(UnitOfWork units, OutcomeReader outcomes, FollowUpActions followUps)
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
        var recorded = await units.Run(viewer, work => Insert(work, input), cancel);
        if (recorded is null)
        {
            // Another upload won a race with the same key: answer with its result.
            if (await outcomes.ByKey(input.IdempotencyKey, cancel) is { } raced && raced.VisitTargetId == input.VisitTargetId) return raced with { Replayed = true };
            throw new VisitRefused($"An outcome is already recorded for visit target {input.VisitTargetId} under another idempotency key. " +
                "To retry an upload, resend it with its original key.");
        }
        return (await outcomes.ByKey(input.IdempotencyKey, cancel))!;
    }

    /// <summary>The outcome's id, or null when one is already recorded for its target (nothing is then written).</summary>
    private async Task<long?> Insert(Work work, VisitOutcomeInput input)
    {
        var (onVisit, onTeam) = await work.Single("""
            SELECT EXISTS (SELECT 1 FROM visit_targets WHERE id = $1 AND visit_id = $2),
                EXISTS (SELECT 1 FROM visits v WHERE v.id = $2 AND (v.created_by = $3 OR v.id IN (SELECT visit_id FROM visit_team WHERE username = $3)))
            """, r => (r.GetBoolean(0), r.GetBoolean(1)), input.VisitTargetId, input.VisitId, work.Viewer.Username);
        if (!onTeam) throw new VisitRefused($"Only the team or planner of operation {input.VisitId} may record its outcomes.");
        if (!onVisit) throw new VisitRefused($"Visit target {input.VisitTargetId} is not part of operation {input.VisitId}: record the outcome against one of its route stops.");
        if (await work.Scalar<long?>("""
            INSERT INTO visit_outcomes (idempotency_key, visit_target_id, arrived_at, left_at, people_spoken_to, indicators, victims, consent,
                notices, advice, follow_up_actions, recorded_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12)
            ON CONFLICT DO NOTHING RETURNING id
            """, input.IdempotencyKey, input.VisitTargetId, input.ArrivedAt, input.LeftAt, input.PeopleSpokenTo,
            Codes.Of(input.Indicators ?? []), JsonSerializer.Serialize(input.Victims ?? [], Json), JsonSerializer.Serialize(input.Consent ?? [], Json),
            Codes.Of(input.Notices ?? []), input.Advice, (input.FollowUpActions ?? []).ToArray(), work.Viewer.Username) is not { } id)
            return null;
        foreach (var referral in input.Referrals ?? [])
            await work.Execute("INSERT INTO visit_referrals (outcome_id, kind, reference, follow_up_on) VALUES ($1, $2, $3, $4)", id, Codes.Of(referral.Kind),
                string.IsNullOrWhiteSpace(referral.Reference) ? null : referral.Reference.Trim(), referral.FollowUpOn);
        await followUps.Record(work, input.VisitId, id, input.FollowUps ?? []);
        return id;
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
}
