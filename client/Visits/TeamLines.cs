using Hotspots.Client.Api;
using Hotspots.Client.Workspace;

namespace Hotspots.Client.Visits;

/// <summary>
/// "enforcement.council council nrm" per line → a team member; blank lines are skipped. Someone already on the team
/// with the same agency keeps the powers of entry noted for them, so editing the lines never loses custom ones.
/// </summary>
public static class TeamLines
{
    public static List<TeamMemberChoice> Parse(string text, IEnumerable<TeamMember>? current = null)
    {
        var powers = (current ?? []).Where(m => m.PowersOfEntry is not null).ToDictionary(m => (m.Username, m.Agency), m => m.PowersOfEntry);
        return
        [
            .. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(words => words.Length >= 2)
                .Select(words => new TeamMemberChoice(words[0], words[1], words.Skip(2).Any(w => w.Equals("nrm", StringComparison.OrdinalIgnoreCase)),
                    powers.GetValueOrDefault((words[0], words[1])))),
        ];
    }

    public static string Format(IEnumerable<TeamMember> team) =>
        string.Join('\n', team.Select(m => $"{m.Username} {m.Agency}{(m.NrmFirstResponder ? " nrm" : "")}"));
}

/// <summary>"interpreter; Kirklees Interpreting; 01484 000000; Polish, Romanian" per line → a safeguarding contact.</summary>
public static class ContactLines
{
    public static readonly string[] Kinds = ["INTERPRETER", "PLACE_OF_SAFETY", "SAFEGUARDING_LEAD", "VICTIM_SUPPORT", "OTHER"];

    public static List<SafeguardingContact> Parse(string text) =>
    [
        .. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(';', StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length >= 2)
            .Select(parts => new SafeguardingContact(Kind(parts[0]), parts[1], Part(parts, 2), Part(parts, 3))),
    ];

    public static string Format(IEnumerable<SafeguardingContact> contacts) =>
        string.Join('\n', contacts.Select(c => string.Join("; ", new string[] { Labels.Of(c.Kind).ToLowerInvariant(), c.Name, c.Phone ?? "", c.Notes ?? "" }).TrimEnd(' ', ';')));

    private static string Kind(string words) =>
        Kinds.FirstOrDefault(k => k == words.Trim().ToUpperInvariant().Replace(' ', '_')) ?? "OTHER";

    private static string? Part(string[] parts, int i) => parts.Length > i && parts[i].Length > 0 ? parts[i] : null;
}
