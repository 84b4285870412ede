using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Problems;

public sealed record NewAction(long PlanId, string What, string OwningAgency, string Owner, DateOnly DueOn, StrategyObjective Objective);

public sealed class ActionStore(UnitOfWork writes, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<PlanAction> Assign(Viewer viewer, NewAction action, CancellationToken cancel)
    {
        var id = await writes.Run(viewer, async work =>
        {
            var groupId = await Membership.RequirePlan(work, action.PlanId);
            if (string.IsNullOrWhiteSpace(action.What)) throw new ProblemRefused("Say what the action is: what is empty.");
            if (action.DueOn < Today) throw new ProblemRefused($"The due date {action.DueOn:yyyy-MM-dd} is in the past; give today ({Today:yyyy-MM-dd}) or later.");
            await ActionOwners.Check(work, groupId, action.OwningAgency, action.Owner);
            var id = await work.Scalar<long>("""
                INSERT INTO plan_actions (plan_id, what, owning_agency, owner, due_on, objective, created_by, updated_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id
                """, action.PlanId, action.What.Trim(), action.OwningAgency, action.Owner, action.DueOn, Codes.Of(action.Objective), viewer.Username);
            await work.Record(action.PlanId, PlanEventKind.ActionAssigned, $"action:{id}", 1, [],
                $"Gave {action.OwningAgency} ({action.Owner}) the action \"{action.What.Trim()}\", due {action.DueOn:yyyy-MM-dd}.");
            return id;
        }, cancel);
        return (await ById(id, cancel))!;
    }

    /// <summary>
    /// An update note, with the RAG status it reports when given: the action then carries that status, and its version
    /// moves on, so an edit made on what was read before the update is refused with who reported what.
    /// </summary>
    public async Task<PlanAction> Comment(Viewer viewer, long actionId, string text, Rag? rag, CancellationToken cancel)
    {
        await writes.Run(viewer, async work =>
        {
            var planId = await PlanOf(work, actionId);
            if (string.IsNullOrWhiteSpace(text)) throw new ProblemRefused("The update note is empty: write what has happened.");
            await work.Execute("INSERT INTO action_comments (action_id, text, author, agency, rag) VALUES ($1, $2, $3, $4, $5)",
                actionId, text.Trim(), viewer.Username, viewer.Agency, rag is { } r ? Codes.Of(r) : null);
            int? version = rag is null ? null : await work.Scalar<int>("""
                UPDATE plan_actions SET rag = $2, version = version + 1, updated_by = $3, updated_at = now() WHERE id = $1 RETURNING version
                """, actionId, Codes.Of(rag.Value), viewer.Username);
            var what = await work.Scalar<string>("SELECT what FROM plan_actions WHERE id = $1", actionId);
            await work.Record(planId, PlanEventKind.ActionCommented, $"action:{actionId}", version, rag is null ? [] : ["rag"],
                rag is { } given ? $"Reported {Codes.Of(given)} on \"{what}\" with an update note." : $"Added an update note to \"{what}\".");
            return actionId;
        }, cancel);
        return (await ById(actionId, cancel))!;
    }

    public static async Task<long> PlanOf(Work work, long actionId)
    {
        var planId = await work.Scalar<long?>("SELECT plan_id FROM plan_actions WHERE id = $1", actionId)
            ?? throw new ProblemRefused($"There is no action {actionId}.");
        await Membership.RequirePlan(work, planId);
        return planId;
    }

    public async Task<PlanAction?> ById(long id, CancellationToken cancel) => (await Where("x.id = $1", cancel, id)).SingleOrDefault();

    public Task<IReadOnlyList<PlanAction>> ForPlan(long planId, CancellationToken cancel) => Where("x.plan_id = $1", cancel, planId);

    /// <summary>Open actions the viewer owns that are overdue or due within <paramref name="days"/> days: the daily reminder list.</summary>
    public Task<IReadOnlyList<PlanAction>> Reminders(Viewer viewer, int days, CancellationToken cancel) =>
        Where("x.owner = $1 AND x.status NOT IN ('done', 'cancelled') AND x.due_on <= $2", cancel, viewer.Username, Today.AddDays(days));

    public Task<IReadOnlyList<PlanAction>> Mine(Viewer viewer, CancellationToken cancel) => Where("x.owner = $1", cancel, viewer.Username);

    /// <summary>The viewer's agency's actions on plans of groups the viewer belongs to (administrators: all groups).</summary>
    public Task<IReadOnlyList<PlanAction>> MyAgency(Viewer viewer, CancellationToken cancel) => Where(
        $"x.owning_agency = $3 AND {Membership.Sees("(SELECT group_id FROM plans WHERE plans.id = x.plan_id)", 1)}",
        cancel, viewer.Username, Codes.Of(viewer.Role), viewer.Agency);

    public Task<IReadOnlyList<PlanAction>> OverdueForGroup(long groupId, CancellationToken cancel) => Where(
        "x.plan_id IN (SELECT id FROM plans WHERE group_id = $1) AND x.status NOT IN ('done', 'cancelled') AND x.due_on < $2",
        cancel, groupId, Today);

    // Callers have already decided the viewer may see these plans' actions (a plan's field, a member's pack).
    private async Task<IReadOnlyList<PlanAction>> Where(string condition, CancellationToken cancel, params object?[] values) =>
        await writes.Read(Viewer.NoOne, work => work.List($"SELECT {ActionReader.Select} FROM plan_actions x WHERE {condition} ORDER BY x.due_on, x.id",
            ActionReader.Read, values), cancel);
}
