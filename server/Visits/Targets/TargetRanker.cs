using System.Diagnostics;
using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Visits;

/// <summary>Premises and risk businesses inside an area, ranked by their explained risk score.</summary>
public sealed class TargetRanker(NpgsqlDataSource dataSource, RiskWeightStore weightStore, TimeProvider clock)
{
    // A generalised incident counts at its cell centre; prefiltering on its true spot needs the cell's half-diagonal more.
    private const double CellSlack = 75;

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
        var candidates = await Candidates(viewer, area, distance, periodDays, asOf, cancel);
        var suppressBelow = await SuppressBelow(cancel);
        var ranked = candidates
            .Select(c => (Candidate: c, Terms: RiskScore.Explain(c, weights, asOf, suppressBelow, distance, periodDays)))
            .Select(x => (x.Candidate, x.Terms, Score: Math.Round(x.Terms.Sum(t => t.Points), 3)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Candidate.Kind).ThenBy(x => x.Candidate.PlaceId)
            .Take(first)
            .Select((x, i) => new RankedTarget(i + 1, x.Candidate.Kind, x.Candidate.PlaceId, x.Candidate.Name, x.Candidate.Address,
                x.Candidate.Postcode, x.Candidate.Category, x.Candidate.Location, x.Candidate.Easting, x.Candidate.Northing, x.Score, x.Terms,
                [.. x.Candidate.Incidents.Select(n => new IncidentTypeCount(n.Type,
                    n.Generalised ? SuppressedCount.Of(n.Count, suppressBelow) : SuppressedCount.Exact(n.Count)))],
                x.Candidate.LastVisitedOn))
            .ToList();
        return new TargetRanking(ranked, candidates.Count, distance, periodDays, weights.All, timer.Elapsed.TotalMilliseconds);
    }

    private async Task<List<TargetCandidate>> Candidates(Viewer viewer, Func<SqlConditions, string> area, double distance, int periodDays, DateOnly asOf, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var filter = new IncidentFilter(From: new DateTimeOffset(asOf.AddDays(-periodDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            To: new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var areaSql = area(sql);
        var d = sql.Parameter(distance);
        await using var command = sql.Command(dataSource, TargetSql.Ranking(areaSql, IncidentAccess.Seen(sql, viewer, filter), d, sql.Parameter(distance + CellSlack)));
        var list = new List<TargetCandidate>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
            list.Add(new TargetCandidate(Codes.Parse<TargetKind>(reader.GetString(0)), reader.GetInt64(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.GetDouble(7), reader.GetDouble(8),
                reader.IsDBNull(9) ? [] : JsonSerializer.Deserialize<List<NearbyIncidents>>(reader.GetString(9), WebJson)!,
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10), reader.GetBoolean(11), reader.GetBoolean(12)));
        return list;
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private async Task<int> SuppressBelow(CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand($"SELECT {IncidentAccess.SuppressBelow}");
        return (int)(await command.ExecuteScalarAsync(cancel))!;
    }
}
