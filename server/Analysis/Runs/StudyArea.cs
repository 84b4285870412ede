using Hotspots.Database;
using Hotspots.Incidents;
using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>
/// Where a run looks: the boundary asked for, else the filter's area, else the district, unless the filter gives a box
/// or a drawn shape (then the grid covers the incidents, as before). Cells whose centre lies outside it are neither
/// analysed nor returned, and PAI's area A is its analysed cells.
/// </summary>
/// <param name="Filter">The run's filter, limited to the district when the district is the study area.</param>
/// <param name="Boundary">Null when a box or drawn shape is the study area.</param>
public sealed record StudyArea(IncidentFilter Filter, Geometry? Boundary, string? Name, double? AreaKm2)
{
    public string? Explanation => Name is null ? null
        : $"The study area is {Name} ({AreaKm2:0.#} km²): cells whose centre lies outside it are neither analysed nor shown.";

    public static async Task<StudyArea> Of(Work work, AnalysisRequest request)
    {
        var filter = request.Filter ?? new IncidentFilter();
        if (request.BoundaryAreaId is { } boundary) return await Area(work, filter, boundary)
            ?? throw new AnalysisInputException($"There is no area {boundary} to use as the boundary.");
        if (filter.AreaId is { } area) return await Area(work, filter, area)
            ?? throw new AnalysisInputException($"There is no area {area} to filter by.");
        if (filter.BoundingBox is not null || filter.Within is not null) return new(filter, null, null, null);
        var district = await Read(work, "SELECT id, name, boundary, ST_Area(boundary) / 1e6 FROM areas WHERE kind = 'district' ORDER BY id LIMIT 1");
        return district is { } d ? new(filter with { AreaId = d.Id }, d.Boundary, d.Name, d.Km2) : new(filter, null, null, null);
    }

    private static async Task<StudyArea?> Area(Work work, IncidentFilter filter, long id) =>
        await Read(work, "SELECT id, name, boundary, ST_Area(boundary) / 1e6 FROM areas WHERE id = $1", id) is { } a
            ? new(filter, a.Boundary, a.Name, a.Km2) : null;

    private static Task<(long Id, string Name, Geometry Boundary, double Km2)?> Read(Work work, string sql, params object?[] values) =>
        work.Single(sql, r => ((long Id, string Name, Geometry Boundary, double Km2)?)(r.GetInt64(0), r.GetString(1), r.GetFieldValue<Geometry>(2), r.GetDouble(3)), values);
}
