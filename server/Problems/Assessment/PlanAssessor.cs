using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hotspots.Problems;

/// <summary>Counts the incidents in this viewer's view in target, buffer and control over equal periods either side of the response start.</summary>
public sealed class PlanAssessor(NpgsqlDataSource dataSource, PlanStore plans, ActionStore actions)
{
    public const double DefaultBufferMetres = 500;

    public async Task<DisplacementAssessment> Assess(Viewer viewer, long planId, double bufferMetres, long? controlAreaId,
        DateOnly? responseStart, int? periodDays, CancellationToken cancel)
    {
        var plan = await plans.ById(viewer, planId, cancel) ?? throw new ProblemRefused($"There is no plan {planId} you are a member of.");
        if (bufferMetres is <= 0 or > 5000) throw new ProblemRefused($"bufferMetres must be above 0 and at most 5000 (was {bufferMetres}).");
        var start = responseStart ?? plan.ResponseStartedOn
            ?? throw new ProblemRefused("Set the plan's responseStartedOn (or give responseStart): assessment compares equal periods before and after it.");
        var days = periodDays ?? actions.Today.DayNumber - start.DayNumber;
        if (days < 1) throw new ProblemRefused($"There is no period after the response start {start:yyyy-MM-dd} yet; give periodDays of at least 1.");
        var period = new AssessmentPeriod(start.AddDays(-days), start, start.AddDays(days));

        var regions = await Regions(planId, bufferMetres, controlAreaId, cancel);
        if (regions.Count < 3) throw new ProblemRefused("There is no control area: give controlAreaId, or load the district boundary.");
        var before = await Count(viewer, regions, Midnight(period.BeforeFrom), Midnight(start), cancel);
        var after = await Count(viewer, regions, Midnight(start), Midnight(period.AfterTo), cancel);
        AssessedRegion Assessed(string name) => new(name, before[name], after[name], regions[name].SquareMetres, regions[name].Boundary);
        return new DisplacementAssessment(planId, period, bufferMetres,
            controlAreaId is null ? "the district, less the target and its buffer" : $"area {controlAreaId}, less the target and its buffer",
            Assessed("target"), Assessed("buffer"), Assessed("control"));
    }

    /// <summary>One region as drawn, and all three together (the place the viewer's view is taken of).</summary>
    private sealed record Region(Geometry Shape, double SquareMetres, string Boundary, Geometry All);

    private async Task<Dictionary<string, Region>> Regions(long planId, double bufferMetres, long? controlAreaId, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        await using var command = sql.Command(dataSource, $"""
            WITH {DisplacementRegions.Sql(sql.Parameter(planId), sql.Parameter(bufferMetres), sql.Parameter(controlAreaId ?? -1L))}
            SELECT region, g, ST_Area(g), ST_AsGeoJSON(ST_Transform(g, 4326), 6), (SELECT ST_Union(g) FROM regions) FROM regions WHERE g IS NOT NULL
            """);
        var regions = new Dictionary<string, Region>();
        await using var r = await command.ExecuteReaderAsync(cancel);
        while (await r.ReadAsync(cancel))
            regions[r.GetString(0)] = new Region(r.GetFieldValue<Geometry>(1), r.GetDouble(2), r.GetString(3), r.GetFieldValue<Geometry>(4));
        return regions;
    }

    /// <summary>
    /// Each region's incidents in one period, counted in the viewer's view of the three regions together (what their
    /// map shows for that period): counted cells fall in the region holding their centre and answer by whole months.
    /// </summary>
    private async Task<Dictionary<string, RegionCount>> Count(Viewer viewer, Dictionary<string, Region> regions, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var shapes = string.Join(", ", regions.Select(r => $"({sql.Parameter(r.Key)}, {sql.Parameter(r.Value.Shape)}::geometry)"));
        await using var command = sql.Command(dataSource, $"""
            SELECT r.region, {RegionCount.Columns}
            FROM (VALUES {shapes}) r (region, g)
                LEFT JOIN {IncidentView.Of(sql, viewer, new IncidentFilter(Within: regions["target"].All, From: from, To: to))} ON ST_Intersects(r.g, view.location)
            GROUP BY r.region
            """);
        var counts = new Dictionary<string, RegionCount>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel)) counts[reader.GetString(0)] = RegionCount.Read(reader, 1);
        return counts;
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
