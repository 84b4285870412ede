using Hotspots.Client.Api;

namespace Hotspots.Client.Visits;

/// <summary>"enforcement.council council nrm" per line → a team member; blank lines are skipped.</summary>
public static class TeamLines
{
    public static List<TeamMemberChoice> Parse(string text) =>
    [
        .. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length >= 2)
            .Select(words => new TeamMemberChoice(words[0], words[1], words.Skip(2).Any(w => w.Equals("nrm", StringComparison.OrdinalIgnoreCase)))),
    ];
}
