using Hotspots.Database;
using NetTopologySuite.Geometries;

namespace Hotspots.Problems;

/// <summary>A plan works on hotspot areas saved from analysis or custom areas drawn by a user.</summary>
public static class PlanAreas
{
    public static async Task Check(Work work, IReadOnlyList<long> areaIds)
    {
        if (areaIds.Count == 0) throw new ProblemRefused("Tie the plan to at least one area: give areaIds of hotspot or custom areas.");
        await using var command = work.Command("""
            SELECT id, coalesce((SELECT kind || ' "' || name || '"' FROM areas WHERE areas.id = wanted.id), '')
            FROM unnest($1::bigint[]) wanted (id)
            WHERE NOT EXISTS (SELECT 1 FROM areas WHERE areas.id = wanted.id AND kind IN ('hotspot', 'custom'))
            """, areaIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) return;
        var (id, what) = (reader.GetInt64(0), reader.GetString(1));
        throw new ProblemRefused(what.Length == 0
            ? $"There is no area {id}."
            : $"Area {id} is a {what}: a plan is tied to hotspot or custom areas; draw one with createCustomArea.");
    }

    /// <summary>SQL for the union of a plan's areas (EPSG:27700), with the plan id as $1.</summary>
    public const string Union = "(SELECT ST_Union(a.boundary) FROM plan_areas pa JOIN areas a ON a.id = pa.area_id WHERE pa.plan_id = $1)";

    /// <summary>
    /// The union of one plan's areas, or of every plan's when <paramref name="planId"/> is null (EPSG:27700), as a shape
    /// an IncidentFilter takes, so that incidents are counted from the viewer's view; null when there are no areas.
    /// </summary>
    public static Task<Geometry?> Boundary(Work work, long? planId) => work.Scalar<Geometry>("""
        SELECT ST_Union(a.boundary) FROM plan_areas pa JOIN areas a ON a.id = pa.area_id WHERE $1::bigint IS NULL OR pa.plan_id = $1
        """, new Typed(planId, NpgsqlTypes.NpgsqlDbType.Bigint));
}
