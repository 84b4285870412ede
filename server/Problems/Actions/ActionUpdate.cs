using Hotspots.Database;
using Hotspots.Access;

namespace Hotspots.Problems;

/// <summary>A versioned change to an action: all given fields or none, refused on a stale version.</summary>
public sealed class ActionUpdate(UnitOfWork writes, ActionStore actions)
{
    private static readonly Dictionary<string, string> Columns = new()
    {
        ["what"] = "what", ["status"] = "status", ["dueOn"] = "due_on", ["owner"] = "owner",
        ["owningAgency"] = "owning_agency", ["objective"] = "objective",
    };

    public async Task<PlanAction> Apply(Viewer viewer, long id, int version, IDictionary<string, object?> changes, CancellationToken cancel)
    {
        await writes.Run(viewer, async work =>
        {
            var planId = await ActionStore.PlanOf(work, id);
            if (changes.Count == 0) throw new ProblemRefused("Nothing to change: give at least one field in changes.");
            if (changes.FirstOrDefault(c => PlanColumns.Stored(c.Value) is null) is { Key: { } empty })
                throw new ProblemRefused($"The action's {empty} cannot be empty.");
            var current = (await Locked(work, id))!;
            if (current.Version != version) throw await StaleVersion.Refusal(work, "action", id, version, current.Version);
            if (changes.ContainsKey("owner") || changes.ContainsKey("owningAgency"))
                await ActionOwners.Check(work, await work.Scalar<long>("SELECT group_id FROM plans WHERE id = $1", planId),
                    changes.TryGetValue("owningAgency", out var a) ? (string)a! : current.OwningAgency,
                    changes.TryGetValue("owner", out var o) ? (string)o! : current.Owner);
            var values = new List<object?> { id, viewer.Username };
            var sets = changes.Select(c => { values.Add(PlanColumns.Stored(c.Value)); return $"{Columns[c.Key]} = ${values.Count}"; }).ToList();
            await work.Execute($"UPDATE plan_actions SET {string.Join(", ", sets)}, version = version + 1, updated_by = $2, updated_at = now() WHERE id = $1",
                [.. values]);
            await work.Execute("UPDATE plan_actions SET completed_on = CASE WHEN status = 'done' THEN coalesce(completed_on, $2) END WHERE id = $1",
                id, actions.Today);
            await work.Record(planId, PlanEventKind.ActionUpdated, $"action:{id}", version + 1, [.. changes.Keys],
                $"Changed {string.Join(", ", changes.Keys.Select(Words))} of \"{current.What}\"" +
                (changes.TryGetValue("status", out var s) && s is ActionStatus status ? $" (now {Codes.Of(status).Replace('_', ' ')})." : "."));
            return id;
        }, cancel);
        return (await actions.ById(id, cancel))!;
    }

    /// <summary>dueOn → due date, as the live feed and the timeline say it.</summary>
    private static string Words(string field) => field switch
    {
        "dueOn" => "due date", "owningAgency" => "owning agency", _ => field,
    };

    private static Task<PlanAction?> Locked(Work work, long id) =>
        work.Single($"SELECT {ActionReader.Select} FROM plan_actions x WHERE x.id = $1 FOR UPDATE", ActionReader.Read, id);
}
