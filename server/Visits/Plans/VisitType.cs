using GraphQL;
using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Visits;

public sealed class VisitType : ObjectGraphType<Visit>
{
    public VisitType()
    {
        Description = "An enforcement or engagement operation: who, where, when, and the route.";
        Field(v => v.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(v => v.Name);
        Field(v => v.Theme, nullable: true);
        Field(v => v.PlannedOn);
        Field(v => v.StartsAt);
        Field(v => v.LeadAgency);
        Field<NonNullGraphType<Incidents.SensitivityType>>("classification")
            .Description($"Every operation, its briefing pack and its route exports are {Classification.Marking}: {Classification.Handling}")
            .Resolve(_ => Incidents.Sensitivity.OfficialSensitive);
        Field<NonNullGraphType<GeoJsonGraphType>>("area").Description("The operation's area (WGS84), including its buffer.").Resolve(c => c.Source.Area);
        Field(v => v.BufferMetres);
        Field<GeoJsonGraphType>("meetingPoint").Resolve(c => c.Source.MeetingPoint);
        Field(v => v.TravelMode, type: typeof(NonNullGraphType<TravelModeType>));
        Field(v => v.SpeedKmh);
        Field(v => v.MinutesPerVisit);
        Field(v => v.VictimsExpected);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamMemberType>>>>("team").Resolve(c => c.Source.Team);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafeguardingContactType>>>>("contacts").Resolve(c => c.Source.Contacts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteStopType>>>>("route")
            .Description("Targets in visiting order: nearest neighbour then 2-opt on straight-line distance.").Resolve(c => c.Source.Route);
        Field(v => v.TotalMetres).Description("Straight-line length of the route.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings")
            .Description("Things to fix before the day, e.g. potential victims expected with no NRM first responder.").Resolve(c => c.Source.Warnings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("linkedIncidentIds")
            .Description("Incidents shared with the team; team members see them in full.").Resolve(c => c.Source.LinkedIncidentIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VisitOutcomeType>>>>("outcomes")
            .Description("What the visits found so far.")
            .ResolveAsync(async c => (await c.Service<OutcomeReader>().ForVisit(c.Source.Id, c.CancellationToken)).Values.OrderBy(o => o.ArrivedAt).ToList());
        Field<PlannedRankingType>("plannedRanking")
            .Description("The ranking the operation was planned with, as you may read it; null for an operation saved before rankings were kept.")
            .ResolveAsync(async c => await c.Service<PlannedRankings>().For(c.Viewer(), c.Source.Id, c.CancellationToken));
        Field(v => v.CreatedBy);
        Field(v => v.Version).Description("Give this back to updateVisit: a change made on an older version is refused.");
        Field(v => v.PlanId, type: typeof(IdGraphType)).Description("The problem-solving plan the operation serves, if linked.");
        Field(v => v.ManualOrder).Description("True when the planner fixed the route's order; false when it is nearest neighbour + 2-opt.");
        Field<NonNullGraphType<StringGraphType>>("briefingUrl").Description("The printable briefing pack (GET with the bearer token).").Resolve(c => $"/visits/{c.Source.Id}/briefing");
    }
}
