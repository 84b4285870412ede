using GraphQL.Types;
using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>Someone a planner may put on an operation's team, with the powers of entry their agency brings.</summary>
public sealed record TeamChoice(string Username, string Name, string Role, string Agency, string AgencyName, string PowersOfEntry);

/// <summary>The people a planner picks a team from: active accounts of the roles that go out on operations, by agency.</summary>
public sealed class TeamChoices(UnitOfWork units)
{
    public async Task<IReadOnlyList<TeamChoice>> All(Viewer viewer, CancellationToken cancel)
    {
        VisitRoles.RequirePlanner(viewer);
        return await units.Read(viewer, work => work.List("""
            SELECT a.username, a.display_name, a.role, a.agency, g.name FROM accounts a JOIN agencies g ON g.code = a.agency
            WHERE a.active AND a.role IN ('enforcement_officer', 'analyst', 'partner', 'group_chair')
            ORDER BY g.name, a.display_name
            """, r => new TeamChoice(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                PowersOfEntry.For(r.GetString(3)))), cancel);
    }
}

public sealed class TeamChoiceType : ObjectGraphType<TeamChoice>
{
    public TeamChoiceType()
    {
        Description = "Someone who may be put on an operation's team.";
        Field(c => c.Username);
        Field(c => c.Name).Description("The name they are shown by.");
        Field(c => c.Role).Description("Their role, e.g. enforcement_officer, partner.");
        Field(c => c.Agency).Description("Their agency's code.");
        Field(c => c.AgencyName);
        Field(c => c.PowersOfEntry).Description("The powers of entry their agency usually brings (noted on the team unless changed).");
    }
}
