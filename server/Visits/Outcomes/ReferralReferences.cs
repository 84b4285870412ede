using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>
/// A referral's reference and follow-up date added after the visit: an officer at the door has no NRM reference yet
/// (the Single Competent Authority gives it days later), and a Duty to Notify gets the Home Office's reference.
/// </summary>
public sealed class ReferralReferences(UnitOfWork work)
{
    public Task<Referral> Set(Viewer viewer, long referralId, string? reference, DateOnly? followUpOn, CancellationToken cancel) =>
        work.Run(viewer, async w =>
        {
            VisitRoles.RequirePlanner(viewer);
            var sql = new SqlConditions();
            var visible = await w.Scalar<int?>($"""
                SELECT 1 FROM visit_referrals r
                JOIN visit_outcomes o ON o.id = r.outcome_id JOIN visit_targets t ON t.id = o.visit_target_id JOIN visits v ON v.id = t.visit_id
                WHERE r.id = {sql.Parameter(referralId)} AND {VisitSql.Visible(sql, viewer)}
                """, sql);
            if (visible is null) throw new VisitRefused($"There is no referral {referralId} you may update.");
            var referral = (await w.Single("""
                UPDATE visit_referrals SET reference = coalesce($2, reference), follow_up_on = coalesce($3, follow_up_on) WHERE id = $1
                RETURNING id, kind, reference, reasonable_grounds, reasonable_grounds_on, conclusive_grounds, conclusive_grounds_on, follow_up_on
                """, OutcomeReader.ReadReferral, referralId, string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(), followUpOn))!;
            await w.Audit("set referral reference", $"referral:{referralId}", new { followUpOn });
            return referral;
        }, cancel);
}
