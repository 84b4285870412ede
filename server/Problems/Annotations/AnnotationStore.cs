using Hotspots.Database;
using Hotspots.Access;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hotspots.Problems;

public sealed class AnnotationStore(UnitOfWork writes)
{
    public Task<long> Pin(Viewer viewer, long planId, Geometry pin, string text, CancellationToken cancel) =>
        writes.Run(viewer, async work =>
        {
            await Membership.RequirePlan(work, planId);
            RequireText(text);
            if (pin is not (Point or Polygon or MultiPolygon))
                throw new ProblemRefused($"Pin an annotation to a Point or a Polygon, not a {pin.GeometryType}.");
            var inside = await work.Scalar<bool?>($"SELECT ST_CoveredBy(ST_Transform($2, 27700), {PlanAreas.Union})", planId, pin);
            if (inside != true)
                throw new ProblemRefused($"The annotation's {pin.GeometryType.ToLowerInvariant()} lies outside the plan's areas " +
                    $"({await AreaNames(work, planId)}): place it inside them.");
            var id = await work.Scalar<long>("""
                INSERT INTO annotations (plan_id, pin, text, author, agency) VALUES ($1, ST_Transform($2, 27700), $3, $4, $5) RETURNING id
                """, planId, pin, text.Trim(), viewer.Username, viewer.Agency);
            await work.Record(planId, PlanEventKind.AnnotationAdded, $"annotation:{id}", null, [], $"Pinned a note: {Short(text)}");
            return id;
        }, cancel);

    public Task<long> Reply(Viewer viewer, long annotationId, string text, CancellationToken cancel) =>
        writes.Run(viewer, async work =>
        {
            var (planId, root) = await Find(work, annotationId);
            await Membership.RequirePlan(work, planId);
            RequireText(text);
            var id = await work.Scalar<long>("""
                INSERT INTO annotations (plan_id, reply_to, text, author, agency) VALUES ($1, $2, $3, $4, $5) RETURNING id
                """, planId, root, text.Trim(), viewer.Username, viewer.Agency);
            await work.Record(planId, PlanEventKind.AnnotationReplied, $"annotation:{id}", null, [], $"Replied to note {root}: {Short(text)}");
            return root;
        }, cancel);

    /// <summary>Only the author edits; the text it replaces is kept in the history.</summary>
    public Task<long> Edit(Viewer viewer, long annotationId, string text, CancellationToken cancel) =>
        writes.Run(viewer, async work =>
        {
            var (planId, root) = await Find(work, annotationId);
            await Membership.RequirePlan(work, planId);
            RequireText(text);
            var author = await work.Scalar<string>("SELECT author FROM annotations WHERE id = $1 FOR UPDATE", annotationId);
            if (author != viewer.Username) throw new ProblemRefused($"Only {author}, who wrote annotation {annotationId}, can edit it; reply to it instead.");
            await work.Execute("INSERT INTO annotation_edits (annotation_id, previous_text, replaced_by) SELECT id, text, $2 FROM annotations WHERE id = $1",
                annotationId, viewer.Username);
            await work.Execute("UPDATE annotations SET text = $2, edited_at = now() WHERE id = $1", annotationId, text.Trim());
            await work.Record(planId, PlanEventKind.AnnotationEdited, $"annotation:{annotationId}", null, ["text"], $"Edited a note: {Short(text)}");
            return root;
        }, cancel);

    // Callers have already decided the viewer may see the plan (a plan's field, a member's pack, the change just made).
    public Task<IReadOnlyList<Annotation>> ForPlan(long planId, CancellationToken cancel) =>
        writes.Read(Viewer.NoOne, work => AnnotationReader.ForPlan(work, planId, null), cancel);

    public async Task<Annotation?> ById(long id, CancellationToken cancel) =>
        (await writes.Read(Viewer.NoOne, work => AnnotationReader.ForPlan(work, null, id), cancel)).SingleOrDefault();

    private static async Task<(long PlanId, long Root)> Find(Work work, long annotationId)
    {
        await using var command = work.Command("SELECT plan_id, coalesce(reply_to, id) FROM annotations WHERE id = $1", annotationId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) throw new ProblemRefused($"There is no annotation {annotationId}.");
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<string> AreaNames(Work work, long planId) =>
        await work.Scalar<string>("SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM plan_areas pa JOIN areas a ON a.id = pa.area_id WHERE pa.plan_id = $1", planId) ?? "";

    private static void RequireText(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ProblemRefused("The annotation's text is empty: write something.");
    }

    private static string Short(string text) => text.Trim().Length <= 80 ? text.Trim() : text.Trim()[..77] + "…";
}
