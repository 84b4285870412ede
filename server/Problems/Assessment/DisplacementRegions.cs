namespace Hotspots.Problems;

/// <summary>
/// The three regions of a displacement assessment, as SQL over a plan's areas: the target (the plan's areas), a
/// buffer ring of the given width around it, and a control (the district, or a given area, minus target and buffer).
/// </summary>
public static class DisplacementRegions
{
    public static string Sql(string planId, string bufferMetres, string controlAreaId) => $"""
        target AS (SELECT ST_Union(a.boundary) AS g FROM plan_areas pa JOIN areas a ON a.id = pa.area_id WHERE pa.plan_id = {planId}),
        buffered AS (SELECT ST_Buffer(g, {bufferMetres}) AS g FROM target),
        regions AS (
            SELECT 'target' AS region, g FROM target
            UNION ALL SELECT 'buffer', ST_Difference(b.g, t.g) FROM buffered b, target t
            UNION ALL SELECT 'control', ST_Difference(coalesce(
                (SELECT boundary FROM areas WHERE id = {controlAreaId}),
                (SELECT ST_Union(boundary) FROM areas WHERE kind = 'district')), b.g) FROM buffered b)
        """;
}
