using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>Tracks, and audits, an NRM referral through the Single Competent Authority's reasonable- and conclusive-grounds decisions.</summary>
public sealed class NrmDecisions(UnitOfWork units, TimeProvider clock)
{
    public async Task<Referral> Record(Viewer viewer, long referralId, NrmStage stage, NrmDecision decision, DateOnly decidedOn, CancellationToken cancel)
    {
        VisitRoles.RequirePlanner(viewer);
        if (decidedOn > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) throw new VisitRefused("decidedOn is in the future.");
        var sql = new SqlConditions();
        var find = $"""
            SELECT r.kind, r.reasonable_grounds, o.arrived_at::date FROM visit_referrals r
            JOIN visit_outcomes o ON o.id = r.outcome_id JOIN visit_targets t ON t.id = o.visit_target_id JOIN visits v ON v.id = t.visit_id
            WHERE r.id = {sql.Parameter(referralId)} AND {VisitSql.Visible(sql, viewer)}
            """;
        return await units.Run(viewer, async work =>
        {
            var found = await work.Single(find, r => ((string Kind, string? Reasonable, DateOnly VisitedOn)?)(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetFieldValue<DateOnly>(2)), sql)
                ?? throw new VisitRefused($"There is no referral {referralId} you may update.");
            if (found.Kind != "nrm") throw new VisitRefused("Reasonable- and conclusive-grounds decisions apply to NRM referrals only.");
            if (stage == NrmStage.ConclusiveGrounds && found.Reasonable != "positive")
                throw new VisitRefused("A conclusive-grounds decision follows a positive reasonable-grounds decision: record that first.");
            if (decidedOn < found.VisitedOn) throw new VisitRefused("decidedOn is before the visit that made the referral.");
            var column = stage == NrmStage.ReasonableGrounds ? "reasonable_grounds" : "conclusive_grounds";
            var referral = (await work.Single($"""
                UPDATE visit_referrals SET {column} = $2, {column}_on = $3 WHERE id = $1
                RETURNING id, kind, reference, reasonable_grounds, reasonable_grounds_on, conclusive_grounds, conclusive_grounds_on, follow_up_on
                """, OutcomeReader.ReadReferral, referralId, Codes.Of(decision), decidedOn))!;
            await work.Audit("record nrm decision", $"referral:{referral.Id}", new { stage = stage.ToString() });
            return referral;
        }, cancel);
    }
}
