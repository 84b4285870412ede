using Hotspots.Database;
using Npgsql;

namespace Hotspots.Visits;

/// <summary>Taking targets off an operation and fixing their order; a target with a recorded outcome stays, so nothing recorded is lost.</summary>
public static class VisitTargetEdits
{
    public static async Task Remove(NpgsqlConnection connection, NpgsqlTransaction transaction, long visitId, IReadOnlyList<long> targetIds, CancellationToken cancel)
    {
        var ids = targetIds.Distinct().ToArray();
        await using (var check = new NpgsqlCommand("""
            SELECT t.id, p.name, EXISTS (SELECT 1 FROM visit_outcomes o WHERE o.visit_target_id = t.id)
            FROM unnest($2::bigint[]) AS given(id)
            LEFT JOIN visit_targets t ON t.id = given.id AND t.visit_id = $1
            LEFT JOIN
            """ + VisitSql.Places + " p ON p.kind = t.kind AND p.place_id = t.place_id ORDER BY given.id", connection, transaction).With(visitId, ids))
        await using (var reader = await check.ExecuteReaderAsync(cancel))
            while (await reader.ReadAsync(cancel))
            {
                if (reader.IsDBNull(0)) throw new VisitRefused($"A target in removeTargets is not on operation {visitId}: give the route stops' target ids.");
                if (reader.GetBoolean(2))
                    throw new VisitRefused($"An outcome is already recorded at '{reader.GetString(1)}', so it stays on the operation.");
            }
        await VisitEditor.Execute(connection, transaction, "DELETE FROM visit_targets WHERE visit_id = $1 AND id = ANY($2)", cancel, visitId, ids);
    }

    /// <summary>Sets the planner's order; it must name every target of the operation exactly once.</summary>
    public static async Task Order(NpgsqlConnection connection, NpgsqlTransaction transaction, long visitId, IReadOnlyList<long> order, CancellationToken cancel)
    {
        await using var current = new NpgsqlCommand("SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM visit_targets WHERE visit_id = $1", connection, transaction).With(visitId);
        var ids = (long[])(await current.ExecuteScalarAsync(cancel))!;
        if (order.Count != order.Distinct().Count() || !order.Order().SequenceEqual(ids))
            throw new VisitRefused($"routeOrder must list each of the operation's {ids.Length} target ids exactly once, after any added or removed " +
                $"(now: {string.Join(", ", ids)}).");
        await VisitEditor.Execute(connection, transaction, """
            UPDATE visit_targets t SET position = o.n FROM unnest($2::bigint[]) WITH ORDINALITY AS o(id, n) WHERE t.id = o.id AND t.visit_id = $1
            """, cancel, visitId, order.ToArray());
    }
}
