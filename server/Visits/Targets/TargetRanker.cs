using System.Diagnostics;
using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Visits;

/// <summary>Premises and risk businesses inside an area, ranked by their explained risk score.</summary>
public sealed class TargetRanker(UnitOfWork units, RiskWeightStore weightStore, TimeProvider clock)
{
    public Task<TargetRanking> Rank(Viewer viewer, TargetArea area, double distance, int periodDays, int first, CancellationToken cancel) =>
        Rank(viewer, sql => TargetAreaSql.Geometry(sql, area), distance, periodDays, first, cancel);

    /// <summary>The targets inside an operation's own stored area, e.g. for its briefing.</summary>
    public Task<TargetRanking> RankInVisit(Viewer viewer, long visitId, CancellationToken cancel) =>
        Rank(viewer, sql => $"(SELECT area FROM visits WHERE id = {sql.Parameter(visitId)})", 250, 730, int.MaxValue, cancel);

    private async Task<TargetRanking> Rank(Viewer viewer, Func<SqlConditions, string> area, double distance, int periodDays, int first, CancellationToken cancel)
    {
        if (distance is <= 0 or > 2000) throw new VisitRefused("distanceMetres must be above 0 and at most 2000.");
        if (periodDays is <= 0 or > 3650) throw new VisitRefused("periodDays must be between 1 and 3650.");
        var timer = Stopwatch.StartNew();
        var weights = await weightStore.All(cancel);
        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // An enforcement officer's map shows no incidents but those of their own operations, so a ranking from their view
        // would be blind ("0 within 250 m" everywhere). They rank on the view a partner of their agency has instead:
        // counted 100 m cells at the counts that partner's map shows, withheld cells adding nothing; and since it is not
        // their own view, they are told (and scored on) only a band of each count.
        var borrowed = viewer.Role == Role.EnforcementOfficer;
        var (candidates, suppressBelow) = await units.Read(borrowed ? viewer with { Role = Role.Partner } : viewer, async work =>
            (await Candidates(work, area, distance, periodDays, asOf), await work.Scalar<int>($"SELECT {IncidentAccess.SuppressBelow}")), cancel);
        var top = candidates
            .Select(c => (Candidate: c, Terms: RiskScore.Explain(c, weights, asOf, suppressBelow, distance, periodDays, banded: borrowed)))
            .Select(x => (x.Candidate, x.Terms, Score: Math.Round(x.Terms.Sum(t => t.Points), 3)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Candidate.Kind).ThenBy(x => x.Candidate.PlaceId)
            .Take(first).ToList();
        var locations = await units.Read(viewer, work => Locations(work, [.. top.Select(x => x.Candidate)]), cancel);
        var ranked = top.Select((x, i) => new RankedTarget(i + 1, x.Candidate.Kind, x.Candidate.PlaceId, x.Candidate.Name, x.Candidate.Address,
                x.Candidate.Postcode, x.Candidate.Category, locations[i], x.Candidate.Easting, x.Candidate.Northing, x.Score, x.Terms,
                borrowed ? [] : [.. x.Candidate.Incidents.InFull.Select(n => new IncidentTypeCount(n.Type, SuppressedCount.Exact(n.Count)))],
                x.Candidate.LastVisitedOn))
            .ToList();
        return new TargetRanking(ranked, candidates.Count, distance, periodDays, weights.All, timer.Elapsed.TotalMilliseconds);
    }

    private static async Task<List<TargetCandidate>> Candidates(Work work, Func<SqlConditions, string> area, double distance, int periodDays, DateOnly asOf)
    {
        var filter = new IncidentFilter(Within: await Reach(work, area, distance),
            From: new DateTimeOffset(asOf.AddDays(-periodDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            To: new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var sql = new SqlConditions();
        // One statement, two results: the incidents of the viewer's view near the area, then the places in it.
        await using var command = work.Command(TargetSql.Ranking(area(sql), IncidentView.Of(sql, work.Viewer, filter)), sql);
        await using var reader = await command.ExecuteReaderAsync(work.Cancel);
        var incidents = new List<VisibleIncident>();
        while (await reader.ReadAsync(work.Cancel))
            incidents.Add(new VisibleIncident(reader.GetDouble(0), reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetBoolean(3), reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.GetDouble(5)));
        var nearby = new NearbyCount(incidents, distance);
        await reader.NextResultAsync(work.Cancel);
        var list = new List<TargetCandidate>();
        while (await reader.ReadAsync(work.Cancel))
        {
            var (x, y) = (reader.GetDouble(6), reader.GetDouble(7));
            list.Add(new TargetCandidate(Codes.Parse<TargetKind>(reader.GetString(0)), reader.GetInt64(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5),
                x, y, nearby.Around(x, y), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8), reader.GetBoolean(9), reader.GetBoolean(10), reader.GetInt32(11)));
        }
        return list;
    }

    private static async Task<NetTopologySuite.Geometries.Geometry> Reach(Work work, Func<SqlConditions, string> area, double distance)
    {
        var sql = new SqlConditions();
        return (await work.Scalar<NetTopologySuite.Geometries.Geometry>(TargetSql.Reach(area(sql), sql.Parameter(distance)), sql))!;
    }

    private static Task<List<string>> Locations(Work work, IReadOnlyList<TargetCandidate> targets) => work.List(TargetSql.Locations,
        r => r.GetString(0), targets.Select(t => t.Easting).ToArray(), targets.Select(t => t.Northing).ToArray());
}
