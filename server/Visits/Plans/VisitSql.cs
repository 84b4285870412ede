using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Visits;

public static class VisitSql
{
    /// <summary>Who may see an operation: its planner, its team, planners of its lead agency, and the chair of its plan's group.</summary>
    public static string Visible(SqlConditions sql, Viewer viewer, string visit = "v") =>
        $"""
        ({visit}.created_by = {sql.Parameter(viewer.Username)}
         OR {visit}.id IN (SELECT visit_id FROM visit_team WHERE username = {sql.Parameter(viewer.Username)})
         OR ({visit}.lead_agency = {sql.Parameter(viewer.Agency)} AND {sql.Parameter(VisitRoles.Plans(viewer))})
         OR {visit}.plan_id IN (SELECT p.id FROM plans p JOIN problem_groups g ON g.id = p.group_id WHERE g.chair = {sql.Parameter(viewer.Username)}))
        """;

    /// <summary>A target's place as one row shape, whichever table it is in.</summary>
    public const string Places = """
        (SELECT 'premises' AS kind, id AS place_id, address AS name, address, postcode, use AS category, location FROM premises
         UNION ALL
         SELECT 'risk_business', id, name, address, postcode, sector, location FROM risk_businesses)
        """;
}
