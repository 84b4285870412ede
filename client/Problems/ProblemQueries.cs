namespace Hotspots.Client.Problems;

public static class ProblemQueries
{
    internal const string ActionFields = "id planId planTitle what owningAgency owner ownerName dueOn status objective overdue version rag latestNote { text authorName createdAt rag }";

    private const string NoteFields = "id text author authorName agency createdAt editedAt";
    // Earlier texts of the pinned note only: asking them of every reply too makes the plan query too complex for the server.
    private const string ThreadFields = $"{NoteFields} pin history {{ previousText replacedBy replacedAt }} replies {{ {NoteFields} }}";

    private const string PlanFields = $$"""
        id groupId title status priority reviewOn leadAgency leadOfficer version updatedBy updatedAt assessment classification
        objective { statement impact targetReductionPercent } scanning { problemStatement evidence }
        analysis { offender victim place handler guardian manager hypothesis } response { responses responseStartedOn }
        caseStudy { sector exploitationType triangleSide outcome }
        annotations { {{ThreadFields}} }
        actions { {{ActionFields}} } areas { id code name kind boundary squareMetres }
        """;

    // Only overdue is read from each plan's actions: the server refuses the whole list of actions as too complex a query.
    public static Task<List<ProblemSolvingGroup>> Groups(this GraphQLClient client) => client.Field<List<ProblemSolvingGroup>>("problemSolvingGroups", """
        { problemSolvingGroups { id name chair agencies plans { id title status priority reviewOn actions { overdue } } } }
        """);

    public static Task<GroupMembers?> GroupMembers(this GraphQLClient client, string id) => client.Field<GroupMembers?>("problemSolvingGroup", """
        query($id: ID!) { problemSolvingGroup(id: $id) { agencies members { username displayName role agency } } }
        """, new { id });

    public static Task<ProblemSolvingPlan?> Plan(this GraphQLClient client, string id) =>
        client.Field<ProblemSolvingPlan?>("problemSolvingPlan", $$"""query($id: ID!) { problemSolvingPlan(id: $id) { {{PlanFields}} } }""", new { id });

    public static Task<ProblemSolvingPlan> UpdatePlan(this GraphQLClient client, string id, int version, PlanChanges changes) =>
        client.Field<ProblemSolvingPlan>("updatePlan", $$"""
            mutation($id: ID!, $version: Int!, $changes: PlanChanges!) { updatePlan(id: $id, version: $version, changes: $changes) { {{PlanFields}} } }
            """, new { id, version, changes });

    public static Task<PlanAction> AssignAction(this GraphQLClient client, string planId, NewAction action) =>
        client.Field<PlanAction>("assignAction", $$"""
            mutation($planId: ID!, $what: String!, $owningAgency: String!, $owner: String!, $dueOn: DateOnly!, $objective: StrategyObjective!) {
              assignAction(planId: $planId, what: $what, owningAgency: $owningAgency, owner: $owner, dueOn: $dueOn, objective: $objective) { {{ActionFields}} } }
            """, new { planId, action.What, action.OwningAgency, action.Owner, dueOn = action.DueOn.ToString("yyyy-MM-dd"), action.Objective });

    public static Task<PlanAction> SetActionStatus(this GraphQLClient client, string id, int version, string status) =>
        client.Field<PlanAction>("updateAction", $$"""
            mutation($id: ID!, $version: Int!, $status: ActionStatus!) { updateAction(id: $id, version: $version, changes: { status: $status }) { {{ActionFields}} } }
            """, new { id, version, status });

    /// <summary>An update note, with the RAG status it reports when one is chosen.</summary>
    public static Task<PlanAction> AddActionNote(this GraphQLClient client, string actionId, string text, string? rag) =>
        client.Field<PlanAction>("commentOnAction", $$"""
            mutation($actionId: ID!, $text: String!, $rag: Rag) { commentOnAction(actionId: $actionId, text: $text, rag: $rag) { {{ActionFields}} } }
            """, new { actionId, text, rag });

    /// <summary>Pins a note to a point or polygon (GeoJSON in WGS84); the server refuses one outside the plan's areas.</summary>
    public static Task<Annotation> Annotate(this GraphQLClient client, string planId, System.Text.Json.JsonElement pin, string text) =>
        client.Field<Annotation>("annotate", $$"""
            mutation($planId: ID!, $pin: GeoJSON!, $text: String!) { annotate(planId: $planId, pin: $pin, text: $text) { {{ThreadFields}} } }
            """, new { planId, pin, text });

    public static Task<Annotation> Reply(this GraphQLClient client, string annotationId, string text) =>
        client.Field<Annotation>("replyToAnnotation", $$"""
            mutation($annotationId: ID!, $text: String!) { replyToAnnotation(annotationId: $annotationId, text: $text) { {{ThreadFields}} } }
            """, new { annotationId, text });

    public static Task<Annotation> EditAnnotation(this GraphQLClient client, string annotationId, string text) =>
        client.Field<Annotation>("editAnnotation", $$"""
            mutation($annotationId: ID!, $text: String!) { editAnnotation(annotationId: $annotationId, text: $text) { {{ThreadFields}} } }
            """, new { annotationId, text });

    public static Task<DisplacementAssessment> Assess(this GraphQLClient client, string planId, double bufferMetres) =>
        client.Field<DisplacementAssessment>("assessPlan", """
            query($planId: ID!, $bufferMetres: Float) { assessPlan(planId: $planId, bufferMetres: $bufferMetres) {
              suppressed grossChangePercent interpretation wdq { name value problem } tne { name value problem }
              target { name before { value display } after { value display } } buffer { name before { value display } after { value display } }
              control { name before { value display } after { value display } } } }
            """, new { planId, bufferMetres });

    public static Task<List<PlanAction>> MyActions(this GraphQLClient client) =>
        client.Field<List<PlanAction>>("myActions", $$"""{ myActions { {{ActionFields}} } }""");

    public static Task<List<PlanAction>> MyAgencyActions(this GraphQLClient client) =>
        client.Field<List<PlanAction>>("myAgencyActions", $$"""{ myAgencyActions { {{ActionFields}} } }""");

    public static Task<List<PlanAction>> Reminders(this GraphQLClient client) =>
        client.Field<List<PlanAction>>("actionReminders", $$"""{ actionReminders(withinDays: 7) { {{ActionFields}} } }""");

    public static Task<string?> ReminderEmail(this GraphQLClient client) => client.Field<string?>("myReminderEmail", "{ myReminderEmail }");

    /// <summary>Sets, changes or (with an empty address) clears the user's own reminder address; answers the address kept.</summary>
    public static Task<string?> SetReminderEmail(this GraphQLClient client, string address) =>
        client.Field<string?>("setReminderEmail", "mutation($address: String) { setReminderEmail(address: $address) }", new { address });

    public static Task<NewPlan> CreatePlan(this GraphQLClient client, string groupId, string title, string areaId) =>
        client.Field<NewPlan>("createPlan", """
            mutation($groupId: ID!, $title: String!, $areaIds: [ID!]!) { createPlan(groupId: $groupId, title: $title, areaIds: $areaIds) { id } }
            """, new { groupId, title, areaIds = new[] { areaId } });
}

public sealed record NewPlan(string Id);
