using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Visits;

/// <summary>Tracks an NRM referral through the Single Competent Authority's reasonable- and conclusive-grounds decisions.</summary>
public sealed class NrmDecisions(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task<Referral> Record(Viewer viewer, long referralId, NrmStage stage, NrmDecision decision, DateOnly decidedOn, CancellationToken cancel)
    {
        VisitRoles.RequirePlanner(viewer);
        if (decidedOn > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) throw new VisitRefused("decidedOn is in the future.");
        var sql = new SqlConditions();
        await using var find = sql.Command(dataSource, $"""
            SELECT r.kind, r.reasonable_grounds, o.arrived_at::date FROM visit_referrals r
            JOIN visit_outcomes o ON o.id = r.outcome_id JOIN visit_targets t ON t.id = o.visit_target_id JOIN visits v ON v.id = t.visit_id
            WHERE r.id = {sql.Parameter(referralId)} AND {VisitSql.Visible(sql, viewer)}
            """);
        await using (var reader = await find.ExecuteReaderAsync(cancel))
        {
            if (!await reader.ReadAsync(cancel)) throw new VisitRefused($"There is no referral {referralId} you may update.");
            if (reader.GetString(0) != "nrm") throw new VisitRefused("Reasonable- and conclusive-grounds decisions apply to NRM referrals only.");
            if (stage == NrmStage.ConclusiveGrounds && (reader.IsDBNull(1) || reader.GetString(1) != "positive"))
                throw new VisitRefused("A conclusive-grounds decision follows a positive reasonable-grounds decision: record that first.");
            if (decidedOn < reader.GetFieldValue<DateOnly>(2)) throw new VisitRefused("decidedOn is before the visit that made the referral.");
        }
        var column = stage == NrmStage.ReasonableGrounds ? "reasonable_grounds" : "conclusive_grounds";
        return (await dataSource.CreateCommand($"""
            UPDATE visit_referrals SET {column} = $2, {column}_on = $3 WHERE id = $1
            RETURNING id, kind, reference, reasonable_grounds, reasonable_grounds_on, conclusive_grounds, conclusive_grounds_on, follow_up_on
            """).With(referralId, Codes.Of(decision), decidedOn).List(OutcomeReader.ReadReferral, cancel)).Single();
    }
}
