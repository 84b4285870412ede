using System.Text.Json;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Visits;

public sealed class OutcomeReader(UnitOfWork units)
{
    private const string Columns = """
        SELECT o.id, o.idempotency_key, t.visit_id, o.visit_target_id, o.arrived_at, o.left_at, o.people_spoken_to, o.indicators,
            o.victims::text, o.consent::text, o.notices, o.advice, o.follow_up_actions, o.recorded_by, o.recorded_at
        FROM visit_outcomes o JOIN visit_targets t ON t.id = o.visit_target_id
        """;

    public async Task<VisitOutcome?> ByKey(string key, CancellationToken cancel) =>
        (await Read($"{Columns} WHERE o.idempotency_key = $1", key, cancel)).FirstOrDefault();

    /// <summary>The outcomes of one operation, by visit target id.</summary>
    public async Task<Dictionary<long, VisitOutcome>> ForVisit(long visitId, CancellationToken cancel) =>
        (await Read($"{Columns} WHERE t.visit_id = $1", visitId, cancel)).ToDictionary(o => o.VisitTargetId);

    // Callers have already decided the viewer may see the operation (its field, the idempotent replay of their own record).
    private Task<List<VisitOutcome>> Read(string sql, object value, CancellationToken cancel) => units.Read(Access.Viewer.NoOne, async work =>
    {
        var rows = await work.List(sql, r => new VisitOutcome(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3),
                    r.GetFieldValue<DateTimeOffset>(4), r.GetFieldValue<DateTimeOffset>(5), r.GetInt32(6), [.. r.GetFieldValue<string[]>(7).Select(Codes.Parse<SignIndicator>)],
                    JsonSerializer.Deserialize<List<VictimCount>>(r.GetString(8), OutcomeRecorder.Json)!,
                    JsonSerializer.Deserialize<List<ConsentDecision>>(r.GetString(9), OutcomeRecorder.Json)!, [],
                    [.. r.GetFieldValue<string[]>(10).Select(Codes.Parse<NoticeKind>)], r.IsDBNull(11) ? null : r.GetString(11),
                    r.GetFieldValue<string[]>(12), r.GetString(13), r.GetFieldValue<DateTimeOffset>(14), false), value);
        for (var i = 0; i < rows.Count; i++) rows[i] = rows[i] with { Referrals = await Referrals(work, rows[i].Id), FollowUps = await FollowUps(work, rows[i].Id) };
        return rows;
    }, cancel);

    public Task<List<Referral>> Referrals(long outcomeId, CancellationToken cancel) =>
        units.Read(Access.Viewer.NoOne, work => Referrals(work, outcomeId), cancel);

    private static Task<List<Referral>> Referrals(Work work, long outcomeId) => work.List(
        "SELECT id, kind, reference, reasonable_grounds, reasonable_grounds_on, conclusive_grounds, conclusive_grounds_on, follow_up_on FROM visit_referrals WHERE outcome_id = $1 ORDER BY id",
        ReadReferral, outcomeId);

    private static Task<List<RecordedFollowUp>> FollowUps(Work work, long outcomeId) => work.List(
        "SELECT id, what, owning_agency, owner, due_on, action_id, waiting_reason FROM visit_follow_ups WHERE outcome_id = $1 ORDER BY id",
        r => new RecordedFollowUp(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4),
            r.IsDBNull(5) ? null : r.GetInt64(5), r.IsDBNull(6) ? null : r.GetString(6)), outcomeId);

    public static Referral ReadReferral(NpgsqlDataReader r) => new(r.GetInt64(0), Codes.Parse<ReferralKind>(r.GetString(1)), r.IsDBNull(2) ? null : r.GetString(2),
        r.IsDBNull(3) ? null : Codes.Parse<NrmDecision>(r.GetString(3)), r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4),
        r.IsDBNull(5) ? null : Codes.Parse<NrmDecision>(r.GetString(5)), r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6),
        r.IsDBNull(7) ? null : r.GetFieldValue<DateOnly>(7));
}
