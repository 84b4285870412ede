using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Demo;

/// <summary>
/// Seeds <see cref="DemoGroups"/> on a fresh install, dated from the day it is loaded so overdue actions are overdue
/// and past meetings are past. It is not part of gis-data/: the files stay what generate-demo writes, byte for byte.
/// </summary>
public sealed class DemoPartnership(UnitOfWork writes, ILogger<DemoPartnership> log)
{
    private static readonly Viewer Seeder = new("admin.council", Role.Administrator, "council");

    public async Task Seed(DateOnly today, CancellationToken cancel)
    {
        var plans = await writes.Run(Seeder, async work =>
        {
            if (await work.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM problem_groups)")) return 0;
            var hotspots = new Dictionary<string, long>();
            foreach (var h in DemoGroups.Hotspots)
                hotspots[h.Code] = await work.Scalar<long>("""
                    INSERT INTO areas (code, name, kind, description, boundary, saved_by, saved_agency)
                    SELECT $1, $2, 'hotspot', $3, ST_Multi(ST_Buffer(ST_ConvexHull(ST_Collect(ST_SetSRID(ST_MakePoint(e, n), 27700))), $6)), 'analyst.police', 'police'
                    FROM unnest($4::float8[], $5::float8[]) s (e, n)
                    RETURNING id
                    """, h.Code, h.Name, h.Description, h.Sites.Select(s => s.Easting).ToArray(), h.Sites.Select(s => s.Northing).ToArray(), h.Buffer);
            var count = 0;
            foreach (var group in DemoGroups.All)
            {
                var groupId = await work.Scalar<long>("""
                    INSERT INTO problem_groups (name, chair, created_by, created_at) VALUES ($1, $2, $2, $3::date - 120) RETURNING id
                    """, group.Name, group.Chair, today);
                await work.Execute("INSERT INTO group_members (group_id, username) SELECT $1, unnest($2::text[])", groupId, group.Members.Append(group.Chair).ToArray());
                foreach (var plan in group.Plans) await Plan(work, groupId, plan, hotspots[plan.Hotspot], today);
                foreach (var m in group.Meetings)
                    await work.Execute("""
                        INSERT INTO meetings (group_id, held_at, attendees, minutes, decisions, recorded_by, recorded_at)
                        VALUES ($1, ($2::date - $3) + time '10:00', $4, $5, $6, $7, ($2::date - $3) + time '12:00')
                        """, groupId, today, m.DaysAgo, m.Attendees, m.Minutes, m.Decisions, group.Chair);
                count += group.Plans.Length;
            }
            await work.Audit("seed demo partnership", null, new { groups = DemoGroups.All.Length, plans = count });
            return count;
        }, cancel);
        if (plans > 0) log.LogInformation("Seeded the demo partnership: {Groups} groups, {Plans} plans", DemoGroups.All.Length, plans);
    }

    private static async Task Plan(Work work, long groupId, DemoPlan plan, long hotspot, DateOnly today)
    {
        var started = today.AddDays(-plan.StartedDaysAgo);
        var planId = await work.Scalar<long>("""
            INSERT INTO plans (group_id, title, status, priority, review_on, lead_agency, lead_officer, objective, problem_statement, hypothesis,
                responses, response_started_on, assessment, exploitation_type, sector, outcome, triangle_side, created_by, updated_by, created_at, updated_at)
            VALUES ($1, $2, $3, $4, CASE WHEN $3 <> 'closed' THEN $5::date END, $6, $7, $8, $9, nullif($10, ''), nullif($11, ''),
                CASE WHEN $3 IN ('respond', 'assess', 'closed') THEN $12::date + 14 END, $13::text, $14, $15, $16::text, CASE WHEN $16::text IS NOT NULL THEN 'place' END,
                'analyst.police', 'analyst.police', $12::date + time '09:00', $17::date + time '09:00')
            RETURNING id
            """, groupId, plan.Title, plan.Status, plan.Priority, today.AddDays(plan.ReviewInDays), plan.LeadAgency, plan.LeadOfficer, plan.Objective,
            plan.Problem, plan.Hypothesis, plan.Responses, started, plan.Assessment, plan.ExploitationType, plan.Sector, plan.Outcome,
            plan.Status == "closed" ? today.AddDays(-90) : today.AddDays(-1));
        await work.Execute("INSERT INTO plan_areas (plan_id, area_id) VALUES ($1, $2)", planId, hotspot);
        foreach (var action in plan.Actions)
        {
            var actionId = await work.Scalar<long>("""
                INSERT INTO plan_actions (plan_id, what, owning_agency, owner, due_on, status, objective, rag, completed_on, created_by, updated_by, created_at)
                SELECT $1, $2, agency, $3, $4, $5, $6, $7::text, CASE WHEN $5 = 'done' THEN $4 END, 'analyst.police', $3, $8::date + time '09:30'
                FROM accounts WHERE username = $3
                RETURNING id
                """, planId, action.What, action.Owner, today.AddDays(action.DueInDays), action.Status, action.Objective, action.Rag, started);
            foreach (var (daysAgo, author, text) in action.Notes)
                await work.Execute("""
                    INSERT INTO action_comments (action_id, text, author, agency, rag, created_at)
                    SELECT $1, $2, $3, agency, $4::text, $5::date + time '16:00' FROM accounts WHERE username = $3
                    """, actionId, text, author, daysAgo == action.Notes[^1].DaysAgo ? action.Rag : null, today.AddDays(-daysAgo));
        }
    }
}
