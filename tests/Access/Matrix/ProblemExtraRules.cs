namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// Problem solving, later fields. Own and Other as in <see cref="ProblemRules"/>; each group also has a closed plan
/// ("Matrix case study"), made on first ask, which is what caseStudies should list.
/// </summary>
public static class ProblemExtraRules
{
    private static async Task<string> ClosedPlan(Probe p)
    {
        var group = long.Parse(ProblemRules.Group(p).Id);
        var id = await p.App.Scalar<long?>("SELECT id FROM plans WHERE group_id = $1 AND title = 'Matrix case study'", group)
            ?? await p.App.Scalar<long>("""
                INSERT INTO plans (group_id, title, status, sector, outcome, created_by, updated_by)
                VALUES ($1, 'Matrix case study', 'closed', 'hand_car_wash', 'reduced', 'chair.council', 'chair.council') RETURNING id
                """, group);
        return id.ToString();
    }

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("caseStudies", """
            own  other
            admin.council  full full
            *              full empty
            """, async p =>
            {
                var planId = await ClosedPlan(p);
                return await p.Ask("{ caseStudies(sector: HAND_CAR_WASH, outcome: REDUCED) { planId } }", null, d => Answers.Lists(d["caseStudies"], planId, "planId"));
            }),
        // Every account is given its own address first, so full means the asker's own and never another's.
        new("myReminderEmail", """
            any
            *  full
            """, async p =>
            {
                await p.App.Execute("UPDATE accounts SET email = username || '@kirklees.example'");
                return await p.Ask("{ myReminderEmail }", null, d => d["myReminderEmail"]?.GetValue<string>() switch
                {
                    null => "empty",
                    var a when a == $"{p.Account}@kirklees.example" => "full",
                    var a => $"wrong address: {a}",
                });
            }),
    ];
}
