using Hotspots.Database;
using Npgsql;

namespace Hotspots.Problems;

public sealed class PlanTimeline(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<PlanEvent>> For(long planId, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, at, username, agency, kind, subject, version, fields, summary FROM plan_events WHERE plan_id = $1 ORDER BY at, id
            """).With(planId);
        var events = new List<PlanEvent>();
        await using var r = await command.ExecuteReaderAsync(cancel);
        while (await r.ReadAsync(cancel))
            events.Add(new PlanEvent(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.GetString(3),
                Codes.Parse<PlanEventKind>(r.GetString(4)), r.GetString(5), r.IsDBNull(6) ? null : r.GetInt32(6),
                r.GetFieldValue<string[]>(7), r.GetString(8)));
        return events;
    }
}
