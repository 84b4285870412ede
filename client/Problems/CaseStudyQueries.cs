namespace Hotspots.Client.Problems;

public sealed record CaseStudy(string PlanId, string Title, string? Sector, string? ExploitationType, string? TriangleSide, string? Outcome,
    string? ProblemStatement, string? Responses, string? Assessment, string? LeadAgency, DateTimeOffset ClosedAt);

/// <summary>What to look for; null or empty means any.</summary>
public sealed record CaseStudySearch(string? Search, string? Sector, string? ExploitationType, string? TriangleSide, string? Outcome);

public static class CaseStudyQueries
{
    public static Task<List<CaseStudy>> CaseStudies(this GraphQLClient client, CaseStudySearch s) => client.Field<List<CaseStudy>>("caseStudies", """
        query($search: String, $sector: BusinessSector, $type: ExploitationType, $side: TriangleSide, $outcome: PlanOutcome) {
          caseStudies(search: $search, sector: $sector, exploitationType: $type, triangleSide: $side, outcome: $outcome) {
            planId title sector exploitationType triangleSide outcome problemStatement responses assessment leadAgency closedAt } }
        """, new { search = Any(s.Search), sector = Any(s.Sector), type = Any(s.ExploitationType), side = Any(s.TriangleSide), outcome = Any(s.Outcome) });

    private static string? Any(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
