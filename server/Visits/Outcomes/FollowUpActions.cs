using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Problems;

namespace Hotspots.Visits;

/// <summary>Something to do after a visit, for an agency and a named person of it, by a date.</summary>
public sealed record FollowUp(string What, string OwningAgency, string Owner, DateOnly DueOn);

/// <summary>A follow-up as kept with its outcome: the problem-solving action it became, or why it waits.</summary>
public sealed record RecordedFollowUp(long Id, string What, string OwningAgency, string Owner, DateOnly DueOn, long? ActionId, string? WaitingReason);

/// <summary>
/// Follow-ups recorded on a visit become actions of the operation's problem-solving plan, in the same transaction
/// as the outcome. One that cannot yet (no plan linked, or the owner is not in the plan's group) is kept with the
/// reason and becomes an action when a plan is linked: a phone's upload is never refused for it.
/// </summary>
public sealed class FollowUpActions
{
    public static void Check(IReadOnlyList<FollowUp> followUps)
    {
        if (followUps.Any(f => string.IsNullOrWhiteSpace(f.What) || string.IsNullOrWhiteSpace(f.Owner) || string.IsNullOrWhiteSpace(f.OwningAgency)))
            throw new VisitRefused("Each follow-up action needs what is to be done, an owning agency and an owner.");
    }

    public async Task Record(Work work, long visitId, long outcomeId, IReadOnlyList<FollowUp> followUps)
    {
        foreach (var f in followUps)
        {
            if (!await VisitTeamRules.AgencyExists(work, f.OwningAgency))
                throw new VisitRefused($"There is no agency '{f.OwningAgency}' for the follow-up \"{f.What}\".");
            await work.Execute("""
                INSERT INTO visit_follow_ups (outcome_id, what, owning_agency, owner, due_on, waiting_reason)
                VALUES ($1, $2, $3, $4, $5, 'No problem-solving plan is linked to the operation yet.')
                """, outcomeId, f.What.Trim(), f.OwningAgency, f.Owner.Trim(), f.DueOn);
        }
        if (followUps.Count > 0 && await work.Scalar<long?>("SELECT plan_id FROM visits WHERE id = $1", visitId) is { } planId)
            await MakeWaiting(work, visitId, planId);
    }

    /// <summary>Turns the operation's waiting follow-ups into actions of <paramref name="planId"/>; says what happened, for the change log.</summary>
    public async Task<string> MakeWaiting(Work work, long visitId, long planId)
    {
        var waiting = await work.List("""
            SELECT f.id, f.what, f.owning_agency, f.owner, f.due_on FROM visit_follow_ups f
            JOIN visit_outcomes o ON o.id = f.outcome_id JOIN visit_targets t ON t.id = o.visit_target_id
            WHERE t.visit_id = $1 AND f.action_id IS NULL ORDER BY f.id
            """, r => new RecordedFollowUp(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), null, null), visitId);
        if (waiting.Count == 0) return "";
        var groupId = await work.Scalar<long>("SELECT group_id FROM plans WHERE id = $1", planId);
        var made = 0;
        foreach (var f in waiting)
        {
            try
            {
                await ActionOwners.Check(work, groupId, f.OwningAgency, f.Owner);
            }
            catch (ProblemRefused refused)
            {
                await work.Execute("UPDATE visit_follow_ups SET waiting_reason = $2 WHERE id = $1", f.Id, refused.Message);
                continue;
            }
            var actionId = await work.Scalar<long>("""
                INSERT INTO plan_actions (plan_id, what, owning_agency, owner, due_on, objective, created_by, updated_by)
                VALUES ($1, $2, $3, $4, $5, 'enforcement_and_diversion', $6, $6) RETURNING id
                """, planId, f.What, f.OwningAgency, f.Owner, f.DueOn, work.Viewer.Username);
            await work.Execute("UPDATE visit_follow_ups SET action_id = $2, waiting_reason = NULL WHERE id = $1", f.Id, actionId);
            await work.Record(planId, PlanEventKind.ActionAssigned, $"action:{actionId}", 1, [],
                $"Follow-up from operation {visitId}: gave {f.OwningAgency} ({f.Owner}) the action \"{f.What}\", due {f.DueOn:yyyy-MM-dd}.");
            made++;
        }
        return $" {made} of {waiting.Count} follow-ups became actions of plan {planId}.";
    }
}
