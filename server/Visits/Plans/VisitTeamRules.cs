using Hotspots.Database;
using Npgsql;

namespace Hotspots.Visits;

/// <summary>A team is people by agency: each agency must be known, each person listed once, and an account's agency is its own.</summary>
public static class VisitTeamRules
{
    public static async Task Replace(NpgsqlConnection connection, NpgsqlTransaction transaction, long visitId, IReadOnlyList<TeamMember> team, CancellationToken cancel)
    {
        await Check(connection, transaction, team, cancel);
        await VisitEditor.Execute(connection, transaction, "DELETE FROM visit_team WHERE visit_id = $1", cancel, visitId);
        await Insert(connection, transaction, visitId, team, cancel);
    }

    public static async Task Insert(NpgsqlConnection connection, NpgsqlTransaction transaction, long visitId, IReadOnlyList<TeamMember> team, CancellationToken cancel)
    {
        foreach (var member in team)
            await VisitEditor.Execute(connection, transaction,
                "INSERT INTO visit_team (visit_id, username, agency, powers_of_entry, nrm_first_responder) VALUES ($1, $2, $3, $4, $5)",
                cancel, visitId, member.Username.Trim(), member.Agency, member.PowersOfEntry ?? PowersOfEntry.For(member.Agency), member.NrmFirstResponder);
    }

    public static async Task Check(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<TeamMember> team, CancellationToken cancel)
    {
        if (team.Any(m => string.IsNullOrWhiteSpace(m.Username))) throw new VisitRefused("Every team member needs a username or name.");
        if (team.GroupBy(m => m.Username.Trim()).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new VisitRefused($"{twice.Key} is on the team twice: list each person once.");
        foreach (var member in team)
        {
            if (!await AgencyExists(connection, transaction, member.Agency, cancel))
                throw new VisitRefused($"There is no agency '{member.Agency}' (for {member.Username}): use an agency code such as police, council, glaa, hmrc, fire or immigration.");
            await using var account = new NpgsqlCommand("SELECT agency FROM accounts WHERE username = $1", connection, transaction).With(member.Username.Trim());
            if (await account.ExecuteScalarAsync(cancel) is string agency && agency != member.Agency)
                throw new VisitRefused($"{member.Username} works for {agency}, not {member.Agency}: put them on the team for {agency}.");
        }
    }

    public static async Task<bool> AgencyExists(NpgsqlConnection connection, NpgsqlTransaction transaction, string agency, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM agencies WHERE code = $1)", connection, transaction).With(agency);
        return (bool)(await command.ExecuteScalarAsync(cancel))!;
    }
}
