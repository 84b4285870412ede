using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>Where an NRM referral stands between the referral and the Single Competent Authority's conclusive-grounds decision.</summary>
public enum NrmReferralStage { AwaitingReasonableGrounds, ReasonableGroundsNegative, AwaitingConclusiveGrounds, ConclusiveGroundsPositive, ConclusiveGroundsNegative }

/// <summary>An NRM referral made on a visit, with the operation and stop it came from.</summary>
public sealed record NrmReferral(Referral Referral, long VisitId, string VisitName, DateOnly VisitedOn, string TargetName)
{
    public NrmReferralStage Stage => (Referral.ReasonableGrounds, Referral.ConclusiveGrounds) switch
    {
        (null, _) => NrmReferralStage.AwaitingReasonableGrounds,
        (NrmDecision.Negative, _) => NrmReferralStage.ReasonableGroundsNegative,
        (_, null) => NrmReferralStage.AwaitingConclusiveGrounds,
        (_, NrmDecision.Positive) => NrmReferralStage.ConclusiveGroundsPositive,
        _ => NrmReferralStage.ConclusiveGroundsNegative,
    };
}

/// <summary>The NRM referrals from operations the viewer may see (their agency's among them), oldest undecided first.</summary>
public sealed class NrmReferrals(UnitOfWork units)
{
    public async Task<List<NrmReferral>> Visible(Viewer viewer, CancellationToken cancel)
    {
        VisitRoles.RequirePlanner(viewer);
        var sql = new SqlConditions();
        return await units.Read(viewer, work => work.List($"""
            SELECT r.id, r.kind, r.reference, r.reasonable_grounds, r.reasonable_grounds_on, r.conclusive_grounds, r.conclusive_grounds_on, r.follow_up_on,
                   v.id, v.name, o.arrived_at::date, p.name
            FROM visit_referrals r
            JOIN visit_outcomes o ON o.id = r.outcome_id JOIN visit_targets t ON t.id = o.visit_target_id JOIN visits v ON v.id = t.visit_id
            JOIN {VisitSql.Places} p ON p.kind = t.kind AND p.place_id = t.place_id
            WHERE r.kind = 'nrm' AND {VisitSql.Visible(sql, viewer)}
            ORDER BY r.conclusive_grounds IS NOT NULL OR r.reasonable_grounds = 'negative', o.arrived_at, r.id
            """, r => new NrmReferral(OutcomeReader.ReadReferral(r), r.GetInt64(8), r.GetString(9), r.GetFieldValue<DateOnly>(10), r.GetString(11)), sql), cancel);
    }
}
