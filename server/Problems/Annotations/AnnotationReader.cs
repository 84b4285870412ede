using Hotspots.Database;

namespace Hotspots.Problems;

public static class AnnotationReader
{
    /// <summary>A plan's pinned annotations (or the one whose id is given) with their replies and edit history.</summary>
    public static async Task<IReadOnlyList<Annotation>> ForPlan(Work work, long? planId, long? rootId)
    {
        var all = await work.List("""
            SELECT id, plan_id, reply_to, ST_AsGeoJSON(ST_Transform(pin, 4326), 7), text, author, agency, created_at, edited_at,
                coalesce((SELECT json_agg(json_build_object('previousText', previous_text, 'replacedBy', replaced_by, 'replacedAt', replaced_at)
                    ORDER BY e.id)::text FROM annotation_edits e WHERE e.annotation_id = annotations.id), '[]'),
                coalesce((SELECT display_name FROM accounts WHERE accounts.username = annotations.author), author)
            FROM annotations
            WHERE ($1::bigint IS NULL OR plan_id = $1) AND ($2::bigint IS NULL OR coalesce(reply_to, id) = $2)
            ORDER BY id
            """, r => new Annotation(r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.GetString(4), r.GetString(5), r.GetString(6), r.GetFieldValue<DateTimeOffset>(7),
                r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8), [],
                System.Text.Json.JsonSerializer.Deserialize<List<AnnotationEdit>>(r.GetString(9), Json)!, r.GetString(10)),
            new Typed(planId, NpgsqlTypes.NpgsqlDbType.Bigint), new Typed(rootId, NpgsqlTypes.NpgsqlDbType.Bigint));
        var roots = all.Where(a => a.ReplyTo is null).ToDictionary(a => a.Id);
        foreach (var reply in all.Where(a => a.ReplyTo is { } parent && roots.ContainsKey(parent))) roots[reply.ReplyTo!.Value].Replies.Add(reply);
        return [.. roots.Values];
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);
}
