using System.Text.Json.Nodes;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// Problem solving. Own: the group the viewer is a member of (group A: chair.council, analyst.police, partner.housing,
/// enforcement.glaa, dpo.police; group B: admin.council, analyst.council, partner.health, partner.voluntary,
/// enforcement.council); Other: the other group. Each has a plan, an annotation by its partner, an action owned by its
/// analyst and a meeting.
/// </summary>
public static class ProblemRules
{
    public static NeedToKnowMatrixFixture.Group Group(Probe p) =>
        (p.Relation == Relation.Own) == p.App.GroupA.Members.Contains(p.Account) ? p.App.GroupA : p.App.GroupB;

    private const string Members = """
        own  other
        admin.council  full full
        *              full empty
        """;

    private const string MembersOnly = """
        own  other
        admin.council  full full
        *              full refused
        """;

    private const string MembersChange = """
        own  other
        admin.council  done done
        *              done refused
        """;

    private const string Member = "member";

    /// <summary>The group's analyst, who owns its action.</summary>
    private static string Owner(NeedToKnowMatrixFixture.Group g) => g.Members[1];

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("problemSolvingGroups", Members, p => p.Ask("{ problemSolvingGroups { id } }", null, d => Answers.Lists(d["problemSolvingGroups"], Group(p).Id))),
        new("problemSolvingGroup", Members, p => p.Ask($"{{ problemSolvingGroup(id: {Group(p).Id}) {{ name meetings {{ id }} }} }}", null,
            d => d["problemSolvingGroup"] is { } g ? (g["meetings"]!.AsArray().Count == 1 ? "full" : "no meeting") : "empty")),
        new("problemSolvingPlan", Members, p => p.Ask($"{{ problemSolvingPlan(id: {Group(p).PlanId}) {{ title annotations {{ text }} actions {{ what }} }} }}", null,
            d => d["problemSolvingPlan"] is { } plan
                ? plan["annotations"]!.AsArray().Count == 1 && plan["actions"]!.AsArray().Count == 1 ? "full" : "missing work"
                : "empty")),
        new("myActions", """
            own other
            analyst.*  full empty
            *          empty empty
            """, p => p.Ask("{ myActions { id } }", null, d => Answers.Lists(d["myActions"], Group(p).ActionId))),
        new("actionReminders", """
            own other
            analyst.*  full empty
            *          empty empty
            """, p => p.Ask("{ actionReminders { id } }", null, d => Answers.Lists(d["actionReminders"], Group(p).ActionId))),
        new("myAgencyActions", """
            own other
            analyst.*             full empty
            dpo.police            full empty
            enforcement.council   full empty
            admin.council         full empty
            *                     empty empty
            """, p => p.Ask("{ myAgencyActions { id } }", null, d => Answers.Lists(d["myAgencyActions"], Group(p).ActionId))),
        new("assessPlan", MembersOnly, p => p.Ask($"{{ assessPlan(planId: {Group(p).PlanId}, responseStart: \"2025-01-01\", periodDays: 100) {{ planId suppressed }} }}", null,
            d => Answers.Present(d["assessPlan"])), Member),
        new("meetingAgenda", MembersOnly, p => p.Ask($"{{ meetingAgenda(groupId: {Group(p).Id}) {{ groupId }} }}", null, d => Answers.Present(d["meetingAgenda"])), Member),

        new("createGroup", """
            any
            chair.council  done
            admin.council  done
            *              refused
            """, p => p.Ask("mutation { createGroup(name: \"Dewsbury car washes\", chair: \"chair.council\", members: [\"partner.health\"]) { id } }", null,
            d => Answers.Done(d["createGroup"])), "Only group chairs and administrators", Changes: true),
        new("createPlan", MembersChange, p => p.Ask("mutation($g: ID!, $a: [ID!]!) { createPlan(groupId: $g, title: \"Nail bars\", areaIds: $a) { id } }",
            new { g = Group(p).Id, a = new[] { p.App.AreaId.ToString() } }, d => Answers.Done(d["createPlan"])), Member, Changes: true),
        new("updatePlan", MembersChange, async p => await p.Ask("mutation($id: ID!, $v: Int!) { updatePlan(id: $id, version: $v, changes: { title: \"Car washes and nail bars\" }) { id } }",
            new { id = Group(p).PlanId, v = await p.App.Scalar<int>("SELECT version FROM plans WHERE id = $1", long.Parse(Group(p).PlanId)) },
            d => Answers.Done(d["updatePlan"])), Member, Changes: true),
        new("annotate", MembersChange, async p => await p.Ask("mutation($p: ID!, $pin: GeoJSON!) { annotate(planId: $p, pin: $pin, text: \"Van seen at 5am\") { id } }",
            new { p = Group(p).PlanId, pin = JsonNode.Parse(await p.App.Scalar<string>("SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint(414600, 416600), 27700), 4326), 8)")) },
            d => Answers.Done(d["annotate"])), Member, Changes: true),
        new("replyToAnnotation", MembersChange, p => p.Ask($"mutation {{ replyToAnnotation(annotationId: {Group(p).AnnotationId}, text: \"Seen it too\") {{ id }} }}", null,
            d => Answers.Done(d["replyToAnnotation"])), Member, Changes: true),
        new("editAnnotation", """
            own other
            partner.housing   done           refused:member
            partner.health    done           refused:member
            admin.council     refused:author refused:author
            *                 refused:author refused:member
            """, p => p.Ask($"mutation {{ editAnnotation(annotationId: {Group(p).AnnotationId}, text: \"Three flats let by one agent, two vans\") {{ id }} }}", null,
            d => Answers.Done(d["editAnnotation"])), "member=member|author=who wrote annotation", Changes: true),
        new("assignAction", MembersChange, p => p.Ask($"mutation {{ assignAction(planId: {Group(p).PlanId}, what: \"Check the rota\", owningAgency: \"{NeedToKnowMatrixFixture.AgencyOf(Owner(Group(p)))}\", owner: \"{Owner(Group(p))}\", dueOn: \"{DateTime.UtcNow:yyyy-MM-dd}\", objective: EVALUATION) {{ id }} }}", null,
            d => Answers.Done(d["assignAction"])), Member, Changes: true),
        new("updateAction", MembersChange, async p => await p.Ask("mutation($id: ID!, $v: Int!) { updateAction(id: $id, version: $v, changes: { what: \"Check the licences and rota\" }) { id } }",
            new { id = Group(p).ActionId, v = await p.App.Scalar<int>("SELECT version FROM plan_actions WHERE id = $1", long.Parse(Group(p).ActionId)) },
            d => Answers.Done(d["updateAction"])), Member, Changes: true),
        new("commentOnAction", MembersChange, p => p.Ask($"mutation {{ commentOnAction(actionId: {Group(p).ActionId}, text: \"Called them\") {{ id }} }}", null,
            d => Answers.Done(d["commentOnAction"])), Member, Changes: true),
        new("recordMeeting", MembersChange, p => p.Ask($"mutation {{ recordMeeting(groupId: {Group(p).Id}, heldAt: \"{DateTime.UtcNow:O}\", attendees: [\"{Group(p).Members[0]}\"]) {{ id }} }}", null,
            d => Answers.Done(d["recordMeeting"])), Member, Changes: true),
        new("setReminderEmail", """
            any
            *  done
            """, p => p.Ask("mutation { setReminderEmail(address: \"reminders@kirklees.example\") }", null, d => Answers.Done(d["setReminderEmail"])), Changes: true),
    ];
}
