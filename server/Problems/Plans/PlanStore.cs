using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Problems;

public sealed class PlanStore(UnitOfWork writes)
{
    public async Task<ProblemSolvingPlan> Create(Viewer viewer, long groupId, string title, IReadOnlyList<long> areaIds,
        IDictionary<string, object?> details, CancellationToken cancel)
    {
        var id = await writes.Run(viewer, async work =>
        {
            await Membership.RequireGroup(work, groupId);
            var given = new Dictionary<string, object?>(details) { ["title"] = title };
            await PlanRules.Check(work, null, given);
            await PlanAreas.Check(work, areaIds);
            var id = await work.Scalar<long>("INSERT INTO plans (group_id, title, created_by, updated_by) VALUES ($1, $2, $3, $3) RETURNING id",
                groupId, title.Trim(), viewer.Username);
            await work.Execute("INSERT INTO plan_areas (plan_id, area_id) SELECT $1, unnest($2::bigint[])", id, areaIds.Distinct().ToArray());
            await Set(work, id, given, bumpVersion: false);
            await work.Record(id, PlanEventKind.PlanCreated, $"plan:{id}", 1, [.. given.Keys], $"Created the plan \"{title.Trim()}\".");
            return id;
        }, cancel);
        return (await ById(viewer, id, cancel))!;
    }

    /// <summary>Changes the given fields if the plan is still at <paramref name="version"/>; otherwise refuses, naming the other change.</summary>
    public async Task<ProblemSolvingPlan> Update(Viewer viewer, long id, int version, IDictionary<string, object?> changes, CancellationToken cancel)
    {
        await writes.Run(viewer, async work =>
        {
            await Membership.RequirePlan(work, id);
            if (changes.Count == 0) throw new ProblemRefused("Nothing to change: give at least one field in changes.");
            var current = await Locked(work, id);
            if (current.Version != version) throw await StaleVersion.Refusal(work, "plan", id, version, current.Version);
            await PlanRules.Check(work, current, changes);
            await Set(work, id, changes, bumpVersion: true);
            await work.Record(id, PlanEventKind.PlanUpdated, $"plan:{id}", version + 1, [.. changes.Keys],
                $"Changed {string.Join(", ", changes.Keys)}.");
            return id;
        }, cancel);
        return (await ById(viewer, id, cancel))!;
    }

    public async Task<ProblemSolvingPlan?> ById(Viewer viewer, long id, CancellationToken cancel) =>
        (await Find(viewer, "id = $3", id, cancel)).SingleOrDefault();

    public Task<IReadOnlyList<ProblemSolvingPlan>> ForGroup(Viewer viewer, long groupId, CancellationToken cancel) =>
        Find(viewer, "group_id = $3", groupId, cancel);

    private async Task<IReadOnlyList<ProblemSolvingPlan>> Find(Viewer viewer, string condition, long value, CancellationToken cancel) =>
        await writes.Read(viewer, work => work.List(
            $"SELECT {PlanColumns.Select} FROM plans WHERE {condition} AND {Membership.Sees("plans.group_id", 1)} ORDER BY id",
            PlanReader.Read, viewer.Username, Codes.Of(viewer.Role), value), cancel);

    private static async Task<ProblemSolvingPlan> Locked(Work work, long id)
    {
        await using var command = work.Command($"SELECT {PlanColumns.Select} FROM plans WHERE id = $1 FOR UPDATE", id);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return PlanReader.Read(reader);
    }

    private static async Task Set(Work work, long id, IDictionary<string, object?> fields, bool bumpVersion)
    {
        var values = new List<object?> { id, work.Viewer.Username };
        var assignments = fields.Select(f =>
        {
            values.Add(PlanColumns.Stored(f.Value) ?? (f.Key == "dataSources" ? Array.Empty<string>() : null));
            return $"{PlanColumns.ByField[f.Key]} = ${values.Count}";
        }).ToList();
        if (bumpVersion) assignments.Add("version = version + 1");
        await work.Execute($"UPDATE plans SET {string.Join(", ", assignments)}, updated_by = $2, updated_at = now() WHERE id = $1", [.. values]);
    }
}
