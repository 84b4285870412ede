using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Problems;

public sealed class PlanTimeline(UnitOfWork units)
{
    // Asked as a field of a plan the viewer has already been allowed to see.
    public async Task<IReadOnlyList<PlanEvent>> For(long planId, CancellationToken cancel) => await units.Read(Viewer.NoOne, work => work.List("""
        SELECT id, at, username, agency, kind, subject, version, fields, summary FROM plan_events WHERE plan_id = $1 ORDER BY at, id
        """, r => new PlanEvent(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.GetString(3),
            Codes.Parse<PlanEventKind>(r.GetString(4)), r.GetString(5), r.IsDBNull(6) ? null : r.GetInt32(6),
            r.GetFieldValue<string[]>(7), r.GetString(8)), planId), cancel);
}
