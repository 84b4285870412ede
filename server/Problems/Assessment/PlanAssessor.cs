using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using NetTopologySuite.Geometries;

namespace Hotspots.Problems;

/// <summary>Counts the incidents in this viewer's view in target, buffer and control over equal periods either side of the response start.</summary>
public sealed class PlanAssessor(UnitOfWork units, PlanStore plans, ActionStore actions)
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

        var (regions, before, after) = await units.Read(viewer, async work =>
        {
            var regions = await Regions(work, planId, bufferMetres, controlAreaId);
            if (regions.Count < 3) throw new ProblemRefused("There is no control area: give controlAreaId, or load the district boundary.");
            return (regions, await Count(work, regions, Midnight(period.BeforeFrom), Midnight(start)),
                await Count(work, regions, Midnight(start), Midnight(period.AfterTo)));
        }, cancel);
        AssessedRegion Assessed(string name) => new(name, before[name], after[name], regions[name].SquareMetres, regions[name].Boundary);
        return new DisplacementAssessment(planId, period, bufferMetres,
            controlAreaId is null ? "the district, less the target and its buffer" : $"area {controlAreaId}, less the target and its buffer",
            Assessed("target"), Assessed("buffer"), Assessed("control"));
    }

    /// <summary>One region as drawn, and all three together (the place the viewer's view is taken of).</summary>
    private sealed record Region(Geometry Shape, double SquareMetres, string Boundary, Geometry All);

    private static async Task<Dictionary<string, Region>> Regions(Work work, long planId, double bufferMetres, long? controlAreaId)
    {
        var sql = new SqlConditions();
        return (await work.List($"""
            WITH {DisplacementRegions.Sql(sql.Parameter(planId), sql.Parameter(bufferMetres), sql.Parameter(controlAreaId ?? -1L))}
            SELECT region, g, ST_Area(g), ST_AsGeoJSON(ST_Transform(g, 4326), 6), (SELECT ST_Union(g) FROM regions) FROM regions WHERE g IS NOT NULL
            """, r => (Name: r.GetString(0), Region: new Region(r.GetFieldValue<Geometry>(1), r.GetDouble(2), r.GetString(3), r.GetFieldValue<Geometry>(4))), sql))
            .ToDictionary(r => r.Name, r => r.Region);
    }

    /// <summary>
    /// Each region's incidents in one period, counted in the viewer's view of the three regions together (what their
    /// map shows for that period): counted cells fall in the region holding their centre and answer by whole months.
    /// </summary>
    private static async Task<Dictionary<string, RegionCount>> Count(Work work, Dictionary<string, Region> regions, DateTimeOffset from, DateTimeOffset to)
    {
        var sql = new SqlConditions();
        var shapes = string.Join(", ", regions.Select(r => $"({sql.Parameter(r.Key)}, {sql.Parameter(r.Value.Shape)}::geometry)"));
        return (await work.List($"""
            SELECT r.region, {RegionCount.Columns}
            FROM (VALUES {shapes}) r (region, g)
                LEFT JOIN {IncidentView.Of(sql, work.Viewer, new IncidentFilter(Within: regions["target"].All, From: from, To: to))} ON ST_Intersects(r.g, view.location)
            GROUP BY r.region
            """, r => (Name: r.GetString(0), Count: RegionCount.Read(r, 1)), sql)).ToDictionary(r => r.Name, r => r.Count);
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
