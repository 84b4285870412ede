using System.Text.Json;
using System.Text.Json.Serialization;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Problems;

public static class ActionReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Columns for <see cref="Read"/>, from plan_actions aliased <c>x</c>.</summary>
    public const string Select = """
        x.id, x.plan_id, (SELECT title FROM plans WHERE plans.id = x.plan_id), x.what, x.owning_agency, x.owner, x.due_on, x.status,
        x.objective, x.completed_on, x.version, x.created_by, x.created_at, x.updated_by, x.updated_at,
        coalesce((SELECT json_agg(json_build_object('text', c.text, 'author', c.author, 'authorName', coalesce(a.display_name, c.author),
                'agency', c.agency, 'createdAt', c.created_at, 'rag', c.rag) ORDER BY c.id)::text
            FROM action_comments c LEFT JOIN accounts a ON a.username = c.author WHERE c.action_id = x.id), '[]'),
        x.rag, coalesce((SELECT display_name FROM accounts WHERE accounts.username = x.owner), x.owner)
        """;

    public static PlanAction Read(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        r.GetFieldValue<DateOnly>(6), Codes.Parse<ActionStatus>(r.GetString(7)), Codes.Parse<StrategyObjective>(r.GetString(8)),
        r.IsDBNull(9) ? null : r.GetFieldValue<DateOnly>(9), r.GetInt32(10), r.GetString(11), r.GetFieldValue<DateTimeOffset>(12),
        r.GetString(13), r.GetFieldValue<DateTimeOffset>(14), JsonSerializer.Deserialize<List<ActionComment>>(r.GetString(15), Json)!,
        r.IsDBNull(16) ? null : Codes.Parse<Rag>(r.GetString(16)), r.GetString(17));
}
