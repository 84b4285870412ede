using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>
/// The words a briefing prints instead of codes: people's display names, agencies' names, the linked plan's title, and
/// a category or kind as a label ("Hand car wash", not hand_car_wash).
/// </summary>
public sealed record BriefingNames(IReadOnlyDictionary<string, string> People, IReadOnlyDictionary<string, string> Agencies, string? PlanTitle)
{
    public string Person(string username) => People.TryGetValue(username, out var name) ? name : username;

    public string Agency(string code) => Agencies.TryGetValue(code, out var name) ? name : Label(code);

    private static readonly Dictionary<string, string> Acronyms = new() { ["hmo"] = "HMO", ["nrm"] = "NRM", ["glaa"] = "GLAA", ["hmrc"] = "HMRC", ["hse"] = "HSE" };

    public static string Label(string? code) =>
        string.IsNullOrEmpty(code) ? "" : Acronyms.TryGetValue(code.ToLowerInvariant(), out var acronym) ? acronym
            : char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ').ToLowerInvariant();

    public static string Kind(TargetKind kind) => kind == TargetKind.RiskBusiness ? "Risk business" : "Premises";

    public static async Task<BriefingNames> Read(Work work, Visit visit)
    {
        var rows = await work.List("""
            SELECT 'person', username, display_name FROM accounts WHERE username = ANY($1)
            UNION ALL SELECT 'agency', code, name FROM agencies
            UNION ALL SELECT 'plan', id::text, title FROM plans WHERE id = $2
            """, r => (Kind: r.GetString(0), Key: r.GetString(1), Name: r.GetString(2)),
            visit.Team.Select(m => m.Username).Append(visit.CreatedBy).Append(work.Viewer.Username).ToArray(), new Typed(visit.PlanId, NpgsqlTypes.NpgsqlDbType.Bigint));
        var (people, agencies) = (new Dictionary<string, string>(), new Dictionary<string, string>());
        string? plan = null;
        foreach (var (kind, key, name) in rows)
        {
            if (kind == "person") people[key] = name;
            else if (kind == "agency") agencies[key] = name;
            else plan = name;
        }
        return new(people, agencies, plan);
    }
}
