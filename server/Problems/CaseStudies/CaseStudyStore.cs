using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using Hotspots.Places;
using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Problems;

/// <summary>Closed plans of the viewer's groups (every group for administrators), found by words and by what they were about.</summary>
public sealed class CaseStudyStore(UnitOfWork units)
{
    public async Task<IReadOnlyList<CaseStudy>> Find(Viewer viewer, CaseStudySearch search, CancellationToken cancel) =>
        // Words match the title and the OSARA text a reader would quote; the rest are exact codes.
        await units.Read(viewer, work => work.List($"""
            SELECT id, group_id, title, sector, exploitation_type, triangle_side, outcome, problem_statement, responses, assessment,
                lead_agency, updated_at
            FROM plans
            WHERE status = 'closed' AND {Membership.Sees("plans.group_id", 1)}
              AND ($3::text IS NULL OR concat_ws(' ', title, problem_statement, hypothesis, responses, assessment) ILIKE '%' || $3 || '%')
              AND ($4::text IS NULL OR sector = $4) AND ($5::text IS NULL OR exploitation_type = $5)
              AND ($6::text IS NULL OR triangle_side = $6) AND ($7::text IS NULL OR outcome = $7)
            ORDER BY updated_at DESC, id DESC
            """, Read, viewer.Username, Codes.Of(viewer.Role), new Typed(Words(search.Words), NpgsqlDbType.Text), new Typed(Code(search.Sector), NpgsqlDbType.Text),
            new Typed(Code(search.ExploitationType), NpgsqlDbType.Text), new Typed(Code(search.TriangleSide), NpgsqlDbType.Text),
            new Typed(Code(search.Outcome), NpgsqlDbType.Text)), cancel);

    private static CaseStudy Read(NpgsqlDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        T? Parsed<T>(int i) where T : struct, Enum => r.IsDBNull(i) ? null : Codes.Parse<T>(r.GetString(i));
        return new CaseStudy(r.GetInt64(0), r.GetInt64(1), r.GetString(2), Parsed<BusinessSector>(3), Parsed<ExploitationType>(4),
            Parsed<TriangleSide>(5), Parsed<PlanOutcome>(6), Text(7), Text(8), Text(9), Text(10), r.GetFieldValue<DateTimeOffset>(11));
    }

    private static string? Words(string? words) =>
        string.IsNullOrWhiteSpace(words) ? null : words.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private static string? Code<T>(T? value) where T : struct, Enum => value is { } v ? Codes.Of(v) : null;
}
