using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>A team is people by agency: each agency must be known, each person listed once, and an account's agency is its own.</summary>
public static class VisitTeamRules
{
    public static async Task Replace(Work work, long visitId, IReadOnlyList<TeamMember> team)
    {
        await Check(work, team);
        await work.Execute("DELETE FROM visit_team WHERE visit_id = $1", visitId);
        await Insert(work, visitId, team);
    }

    public static async Task Insert(Work work, long visitId, IReadOnlyList<TeamMember> team)
    {
        foreach (var member in team)
            await work.Execute("INSERT INTO visit_team (visit_id, username, agency, powers_of_entry, nrm_first_responder) VALUES ($1, $2, $3, $4, $5)",
                visitId, member.Username.Trim(), member.Agency, member.PowersOfEntry ?? PowersOfEntry.For(member.Agency), member.NrmFirstResponder);
    }

    public static async Task Check(Work work, IReadOnlyList<TeamMember> team)
    {
        if (team.Any(m => string.IsNullOrWhiteSpace(m.Username))) throw new VisitRefused("Every team member needs a username or name.");
        if (team.GroupBy(m => m.Username.Trim()).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new VisitRefused($"{twice.Key} is on the team twice: list each person once.");
        foreach (var member in team)
        {
            if (!await AgencyExists(work, member.Agency))
                throw new VisitRefused($"There is no agency '{member.Agency}' (for {member.Username}): use an agency code such as police, council, glaa, hmrc, fire or immigration.");
            if (await work.Scalar<string>("SELECT agency FROM accounts WHERE username = $1", member.Username.Trim()) is { } agency && agency != member.Agency)
                throw new VisitRefused($"{member.Username} works for {agency}, not {member.Agency}: put them on the team for {agency}.");
        }
    }

    /// <summary>Those in <paramref name="team"/> who are not on the operation's team now.</summary>
    public static async Task<List<string>> Newcomers(Work work, long visitId, IReadOnlyList<TeamMember> team)
    {
        var now = await work.List("SELECT username FROM visit_team WHERE visit_id = $1", r => r.GetString(0), visitId);
        return [.. team.Select(m => m.Username.Trim()).Except(now)];
    }

    public static Task<bool> AgencyExists(Work work, string agency) =>
        work.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM agencies WHERE code = $1)", agency);
}
