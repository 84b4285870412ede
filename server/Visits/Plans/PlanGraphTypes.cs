using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Visits;

public sealed class TravelModeType : EnumerationGraphType<TravelMode>
{
    public TravelModeType() => Description = "How the team moves between targets; sets the default speed (walking 4.8 km/h, driving 30 km/h).";
}

public sealed class ContactKindType : EnumerationGraphType<ContactKind>
{
    public ContactKindType() => Description = "What a safeguarding contact provides on the day.";
}

public sealed class TeamMemberType : ObjectGraphType<TeamMember>
{
    public TeamMemberType()
    {
        Description = "Someone on an operation's team.";
        Field(m => m.Username);
        Field(m => m.Agency).Description("Agency code, e.g. glaa.");
        Field(m => m.PowersOfEntry, nullable: true).Description("The powers of entry this member brings (defaults from their agency).");
        Field(m => m.NrmFirstResponder).Description("Whether they can make National Referral Mechanism referrals.");
    }
}

public sealed class TeamMemberInputType : InputObjectGraphType<TeamMember>
{
    public TeamMemberInputType()
    {
        Name = "TeamMemberInput";
        Field(m => m.Username);
        Field(m => m.Agency).Description("Agency code, e.g. police, council, glaa, hmrc, fire, immigration.");
        Field(m => m.PowersOfEntry, nullable: true).Description("Leave out to note the agency's usual powers.");
        Field(m => m.NrmFirstResponder, nullable: true).DefaultValue(false);
    }
}

public sealed class SafeguardingContactType : ObjectGraphType<SafeguardingContact>
{
    public SafeguardingContactType()
    {
        Description = "An interpreter, place of safety or other safeguarding contact for the day.";
        Field(c => c.Kind, type: typeof(NonNullGraphType<ContactKindType>));
        Field(c => c.Name);
        Field(c => c.Phone, nullable: true);
        Field(c => c.Notes, nullable: true).Description("E.g. languages spoken, opening hours, capacity.");
    }
}

public sealed class SafeguardingContactInputType : InputObjectGraphType<SafeguardingContact>
{
    public SafeguardingContactInputType()
    {
        Name = "SafeguardingContactInput";
        Field(c => c.Kind, type: typeof(NonNullGraphType<ContactKindType>));
        Field(c => c.Name);
        Field(c => c.Phone, nullable: true);
        Field(c => c.Notes, nullable: true);
    }
}

public sealed class VisitPlanInputType : InputObjectGraphType<VisitPlan>
{
    public VisitPlanInputType()
    {
        Name = "VisitPlanInput";
        Description = "A new enforcement or engagement operation.";
        Field(p => p.Name);
        Field(p => p.Theme, nullable: true).Description("E.g. 'hand car washes: labour exploitation'.");
        Field(p => p.PlannedOn).Description("The day of the operation.");
        Field(p => p.StartsAt, nullable: true).Description("When the first leg starts (default 09:00).");
        Field(p => p.LeadAgency).Description("Agency code of the lead agency.");
        Field(p => p.Area, type: typeof(NonNullGraphType<TargetAreaInputType>)).Description("The operation's area; targets must lie inside it.");
        Field(p => p.MeetingPoint, type: typeof(GeoJsonGraphType)).Description("GeoJSON Point where the route starts; without it the route starts wherever keeps it shortest.");
        Field(p => p.TravelMode, type: typeof(TravelModeType)).DefaultValue(TravelMode.Walking);
        Field(p => p.SpeedKmh, nullable: true).Description("Overrides the travel mode's speed.");
        Field(p => p.MinutesPerVisit, nullable: true).DefaultValue(30).Description("Time spent at each target.");
        Field(p => p.VictimsExpected, nullable: true).DefaultValue(false).Description("Potential victims may be found: the plan warns without an NRM first responder.");
        Field(p => p.Team, type: typeof(ListGraphType<NonNullGraphType<TeamMemberInputType>>));
        Field(p => p.Targets, type: typeof(ListGraphType<NonNullGraphType<TargetRefInputType>>)).Description("Targets inside the area; one outside refuses the plan.");
        Field(p => p.Contacts, type: typeof(ListGraphType<NonNullGraphType<SafeguardingContactInputType>>));
        Field(p => p.IncidentIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Incidents you see in full to share with the team.");
        Field(p => p.PlanId, type: typeof(IdGraphType)).Description("The problem-solving plan the operation serves (you must be a member of its group); its visits' follow-ups become the plan's actions.");
    }
}

public sealed class VisitTargetType : ObjectGraphType<VisitTarget>
{
    public VisitTargetType()
    {
        Description = "A premises or risk business an operation visits.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The visit target id: record outcomes against it.");
        Field(t => t.Kind, type: typeof(NonNullGraphType<TargetKindType>));
        Field(t => t.PlaceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.Name);
        Field(t => t.Address, nullable: true);
        Field(t => t.Postcode, nullable: true);
        Field(t => t.Category).Description("Business sector or premises use.");
        Field<NonNullGraphType<GeoJsonGraphType>>("location").Description("GeoJSON point in WGS84.").Resolve(c => c.Source.Location);
        Field(t => t.Easting);
        Field(t => t.Northing);
    }
}

public sealed class RouteStopType : ObjectGraphType<RouteStop>
{
    public RouteStopType()
    {
        Description = "A stop on the route, in visiting order, with straight-line distances (roads are longer) and estimated times.";
        Field<NonNullGraphType<IntGraphType>>("position").Description("1 for the first stop.").Resolve(c => c.Source.Leg.Position);
        Field<NonNullGraphType<VisitTargetType>>("target").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<FloatGraphType>>("metresFromPrevious").Description("From the previous stop, or from the meeting point.").Resolve(c => Math.Round(c.Source.Leg.MetresFromPrevious, 1));
        Field<NonNullGraphType<FloatGraphType>>("cumulativeMetres").Resolve(c => Math.Round(c.Source.Leg.CumulativeMetres, 1));
        Field<NonNullGraphType<TimeOnlyGraphType>>("arrive").Resolve(c => c.Source.Leg.Arrive);
        Field<NonNullGraphType<TimeOnlyGraphType>>("leave").Resolve(c => c.Source.Leg.Leave);
    }
}
