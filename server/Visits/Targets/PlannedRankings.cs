using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>The ranking an operation was planned with: its targets' ranks and explanations, as one reader may see them.</summary>
/// <param name="Banded">True when incident pressure is given in bands (an agency's copy), false for the planner's exact figures.</param>
public sealed record PlannedRanking(bool Banded, DateTimeOffset RankedAt, string RankedBy, IReadOnlyList<RankedTarget> Targets);

/// <summary>
/// Keeps the ranking an operation was planned with, so incidents recorded later neither reorder it nor change its
/// explanation. Each save keeps the planner's own copy (exact, for the planner alone) and one banded copy per agency,
/// ranked as that agency's enforcement officers rank (bands of a partner's view); every other reader gets their
/// agency's banded copy, so nobody learns more from the operation than their own ranking would tell them.
/// </summary>
public sealed class PlannedRankings(TargetRanker ranker, UnitOfWork units)
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public async Task Keep(Viewer planner, long visitId, CancellationToken cancel)
    {
        var agencies = await units.Read(planner, work => work.List("SELECT code FROM agencies ORDER BY code", r => r.GetString(0)), cancel);
        // No one's username in an agency's copy: it carries no one's break-glass or assigned records.
        var readers = agencies.Select(agency => (Kind: "banded", Reader: agency, As: new Viewer("", Role.EnforcementOfficer, agency))).ToList();
        if (planner.Role != Role.EnforcementOfficer) readers.Add(("exact", planner.Username, planner));
        var copies = await Task.WhenAll(readers.Select(async r => (r.Kind, r.Reader, Targets: await OnRoute(r.As, visitId, cancel))));
        await units.Run(planner, async work =>
        {
            await work.Execute("DELETE FROM visit_rankings WHERE visit_id = $1", visitId);
            foreach (var (kind, reader, targets) in copies)
                await work.Execute("INSERT INTO visit_rankings (visit_id, kind, reader, ranked_by, targets) VALUES ($1, $2, $3, $4, $5::jsonb)",
                    visitId, kind, reader, planner.Username, targets);
        }, cancel);
    }

    /// <summary>The copy <paramref name="reader"/> may read of an operation they may see; null for one saved before copies were kept.</summary>
    public Task<PlannedRanking?> For(Viewer reader, long visitId, CancellationToken cancel) =>
        units.Read(reader, work => work.Single("""
            SELECT kind = 'banded', ranked_at, ranked_by, targets::text FROM visit_rankings
            WHERE visit_id = $1 AND ((kind = 'exact' AND reader = $2 AND $4) OR (kind = 'banded' AND reader = $3))
            ORDER BY kind = 'exact' DESC LIMIT 1
            """, r => new PlannedRanking(r.GetBoolean(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2),
                JsonSerializer.Deserialize<List<RankedTarget>>(r.GetString(3), Json)!),
            visitId, reader.Username, reader.Agency, reader.Role != Role.EnforcementOfficer), cancel);

    private async Task<string> OnRoute(Viewer viewer, long visitId, CancellationToken cancel)
    {
        var onRoute = (await units.Read(viewer, work => work.List("SELECT kind, place_id FROM visit_targets WHERE visit_id = $1",
            r => (Codes.Parse<TargetKind>(r.GetString(0)), r.GetInt64(1)), visitId), cancel)).ToHashSet();
        var ranking = await ranker.RankInVisit(viewer, visitId, cancel);
        return JsonSerializer.Serialize(ranking.Targets.Where(t => onRoute.Contains((t.Kind, t.PlaceId))).ToList(), Json);
    }
}
