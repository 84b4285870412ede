using GraphQL;
using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Problems;

public static class ActionFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanActionType>>>>("myActions")
            .Description("Every action you own, by due date.")
            .ResolveAsync(async c => await c.Service<ActionStore>().Mine(c.Viewer(), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanActionType>>>>("myAgencyActions")
            .Description("Your agency's actions on plans of groups you belong to, by due date.")
            .ResolveAsync(async c => await c.Service<ActionStore>().MyAgency(c.Viewer(), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanActionType>>>>("actionReminders")
            .Description("The daily reminder list: your open actions that are overdue or due within the next days.")
            .Argument<IntGraphType>("withinDays", "How far ahead to look, 0–90 days; 7 unless given.")
            .ResolveAsync(async c =>
            {
                var days = c.GetArgument<int?>("withinDays") ?? 7;
                if (days is < 0 or > 90) throw new ProblemRefused($"withinDays must be between 0 and 90 (was {days}).");
                return await c.Service<ActionStore>().Reminders(c.Viewer(), days, c.CancellationToken);
            });
        query.Field<StringGraphType>("myReminderEmail")
            .Description("Where your own daily reminder e-mail goes; nothing when you have not given an address. Change it with setReminderEmail.")
            .ResolveAsync(async c => await c.Service<ReminderAddress>().Current(c.Viewer(), c.CancellationToken));
    }

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PlanActionType>>("assignAction")
            .Description("Members of the plan's group: gives an agency of a member, and a member of it, something to do by a date (today or later).")
            .Argument<NonNullGraphType<IdGraphType>>("planId")
            .Argument<NonNullGraphType<StringGraphType>>("what")
            .Argument<NonNullGraphType<StringGraphType>>("owningAgency", "An agency of one of the group's members, e.g. housing.")
            .Argument<NonNullGraphType<StringGraphType>>("owner", "The username of a member who works for that agency.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("dueOn", "Today or later.")
            .Argument<NonNullGraphType<StrategyObjectiveType>>("objective")
            .ResolveAsync(async c => await c.Service<ActionStore>().Assign(c.Viewer(), new NewAction(c.GetArgument<long>("planId"),
                c.GetArgument<string>("what"), c.GetArgument<string>("owningAgency"), c.GetArgument<string>("owner"),
                c.GetArgument<DateOnly>("dueOn"), c.GetArgument<StrategyObjective>("objective")), c.CancellationToken));
        mutation.Field<NonNullGraphType<PlanActionType>>("updateAction")
            .Description("Members of the plan's group: changes the given fields in one step. Refused, with who changed what and when, if the action is no longer at version.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("version", "The version you read.")
            .Argument<NonNullGraphType<ActionChangesInputType>>("changes")
            .ResolveAsync(async c => await c.Service<ActionUpdate>().Apply(c.Viewer(), c.GetArgument<long>("id"), c.GetArgument<int>("version"),
                c.GetArgument<Dictionary<string, object?>>("changes"), c.CancellationToken));
        mutation.Field<NonNullGraphType<PlanActionType>>("commentOnAction")
            .Description("Members of the plan's group: adds an update note to an action, with its red/amber/green status when given " +
                "(the action then shows that status, and its version moves on).")
            .Argument<NonNullGraphType<IdGraphType>>("actionId")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What has happened, e.g. Landlord contacted; inspection booked for 12 Jan.")
            .Argument<RagType>("rag", "RED (off track: needs the group's help), AMBER (at risk) or GREEN (on track).")
            .ResolveAsync(async c => await c.Service<ActionStore>().Comment(c.Viewer(), c.GetArgument<long>("actionId"), c.GetArgument<string>("text"),
                c.GetArgument<Rag?>("rag"), c.CancellationToken));
        mutation.Field<StringGraphType>("setReminderEmail")
            .Description("Where your daily reminder e-mail of overdue and due-soon actions goes, when the partnership has configured a mail server; " +
                "no address (or an empty one) stops them. The e-mail lists action and plan titles and due dates only. Gives back the address kept.")
            .Argument<StringGraphType>("address", "e.g. name@kirklees.gov.uk")
            .ResolveAsync(async c => await c.Service<ReminderAddress>().Set(c.Viewer(), c.GetArgument<string?>("address"), c.CancellationToken));
    }
}
