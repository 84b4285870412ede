using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>Taking targets off an operation and fixing their order; a target with a recorded outcome stays, so nothing recorded is lost.</summary>
public static class VisitTargetEdits
{
    public static async Task Remove(Work work, long visitId, IReadOnlyList<long> targetIds)
    {
        var ids = targetIds.Distinct().ToArray();
        var found = await work.List("""
            SELECT t.id IS NULL, p.name, EXISTS (SELECT 1 FROM visit_outcomes o WHERE o.visit_target_id = t.id)
            FROM unnest($2::bigint[]) AS given(id)
            LEFT JOIN visit_targets t ON t.id = given.id AND t.visit_id = $1
            LEFT JOIN
            """ + VisitSql.Places + " p ON p.kind = t.kind AND p.place_id = t.place_id ORDER BY given.id",
            r => (Missing: r.GetBoolean(0), Name: r.IsDBNull(1) ? null : r.GetString(1), Recorded: r.GetBoolean(2)), visitId, ids);
        foreach (var target in found)
        {
            if (target.Missing) throw new VisitRefused($"A target in removeTargets is not on operation {visitId}: give the route stops' target ids.");
            if (target.Recorded) throw new VisitRefused($"An outcome is already recorded at '{target.Name}', so it stays on the operation.");
        }
        await work.Execute("DELETE FROM visit_targets WHERE visit_id = $1 AND id = ANY($2)", visitId, ids);
    }

    /// <summary>Sets the planner's order; it must name every target of the operation exactly once.</summary>
    public static async Task Order(Work work, long visitId, IReadOnlyList<long> order)
    {
        var ids = (await work.Scalar<long[]>("SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM visit_targets WHERE visit_id = $1", visitId))!;
        if (order.Count != order.Distinct().Count() || !order.Order().SequenceEqual(ids))
            throw new VisitRefused($"routeOrder must list each of the operation's {ids.Length} target ids exactly once, after any added or removed " +
                $"(now: {string.Join(", ", ids)}).");
        await work.Execute("""
            UPDATE visit_targets t SET position = o.n FROM unnest($2::bigint[]) WITH ORDINALITY AS o(id, n) WHERE t.id = o.id AND t.visit_id = $1
            """, visitId, order.ToArray());
    }
}
