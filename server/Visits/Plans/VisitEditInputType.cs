using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Visits;

public sealed class VisitEditInputType : InputObjectGraphType<VisitEdit>
{
    public VisitEditInputType()
    {
        Name = "VisitChanges";
        Description = "The changes to an operation; only the fields given change.";
        Field(e => e.Name, nullable: true);
        Field(e => e.Theme, nullable: true).Description("An empty string clears it.");
        Field(e => e.PlannedOn, nullable: true);
        Field(e => e.StartsAt, nullable: true);
        Field(e => e.LeadAgency, nullable: true).Description("Only the planner, planners of the lead agency or the chair of the plan's group may change it.");
        Field(e => e.VictimsExpected, nullable: true);
        Field(e => e.Team, type: typeof(ListGraphType<NonNullGraphType<TeamMemberInputType>>)).Description("The whole team, replacing the old one.");
        Field(e => e.Contacts, type: typeof(ListGraphType<NonNullGraphType<SafeguardingContactInputType>>)).Description("All safeguarding contacts, replacing the old ones.");
        Field(e => e.AddTargets, type: typeof(ListGraphType<NonNullGraphType<TargetRefInputType>>)).Description("Targets to add; each must lie inside the operation's area.");
        Field(e => e.RemoveTargets, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Visit target ids to take off; one with a recorded outcome stays.");
        Field(e => e.RouteOrder, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description("Every visit target id in the order to visit them: fixes the route in your order until reoptimiseRoute.");
        Field(e => e.ReoptimiseRoute, nullable: true).DefaultValue(false).Description("Order the route again by nearest neighbour + 2-opt.");
        Field(e => e.MeetingPoint, type: typeof(GeoJsonGraphType)).Description("GeoJSON Point where the route now starts.");
        Field(e => e.TravelMode, type: typeof(TravelModeType)).Description("Without speedKmh, the speed becomes the mode's usual one (walking 4.8, driving 30 km/h).");
        Field(e => e.SpeedKmh, nullable: true).Description("0–120 km/h.");
        Field(e => e.MinutesPerVisit, nullable: true).Description("Time spent at each target, 0–480 minutes.");
        Field(e => e.PlanId, type: typeof(IdGraphType)).Description("The problem-solving plan the operation serves: follow-ups from its visits become its actions.");
    }
}
