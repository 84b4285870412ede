using GraphQL.Types;

namespace Hotspots.Incidents;

public sealed class SignpostType : ObjectGraphType<Signpost>
{
    public SignpostType()
    {
        Name = "IncidentSignpost";
        Description = "OFFICIAL-SENSITIVE records another agency holds that you may not see: only that they exist and whose they are.";
        Field(s => s.OwningAgency).Description("The agency that holds the records and decides who sees them.");
        Field<NonNullGraphType<SuppressedCountType>>("records").Description("How many; exact for analysts, suppressed and rounded for everyone else.")
            .Resolve(c => c.Source.Records);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("incidentIds")
            .Description("For analysts, the ids to ask the owner about with requestRecordAccess; empty for everyone else.")
            .Resolve(c => c.Source.IncidentIds);
    }
}

public sealed class RequestStatusType : EnumerationGraphType<RequestStatus>
{
    public RequestStatusType() => Name = "RecordAccessRequestStatus";
}

public sealed class RecordAccessRequestType : ObjectGraphType<RecordAccessRequest>
{
    public RecordAccessRequestType()
    {
        Name = "RecordAccessRequest";
        Description = "An analyst's request to see another agency's OFFICIAL-SENSITIVE record, and the owner's answer.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.IncidentId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.OwningAgency);
        Field(r => r.RequestedBy).Description("The analyst's username.");
        Field(r => r.RequestedByName).Description("The analyst's display name, as screens show people.");
        Field(r => r.RequestingAgency).Description("The agency whose analysts a grant lets see the record.");
        Field(r => r.Reason).Description("Why the analyst needs the record.");
        Field(r => r.RequestedAt);
        Field<NonNullGraphType<RequestStatusType>>("status").Resolve(c => c.Source.Status);
        Field(r => r.DecidedBy, nullable: true).Description("The username of who granted or refused it.");
        Field(r => r.DecidedByName, nullable: true).Description("Their display name.");
        Field(r => r.DecidedAt, nullable: true);
        Field(r => r.DecisionNote, nullable: true).Description("The owner's note: why it was refused, or any condition of the grant.");
        Field(r => r.GrantExpiresAt, nullable: true).Description("When a grant ends; null for a standing grant or no grant.");
    }
}

public sealed class BreakGlassOpeningType : ObjectGraphType<BreakGlassOpening>
{
    public BreakGlassOpeningType()
    {
        Name = "BreakGlassOpening";
        Description = "Someone opened one of your agency's records outside their rights, for an hour, giving a reason.";
        Field(o => o.IncidentId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(o => o.OpenedBy).Description("The person's display name.");
        Field(o => o.Agency).Description("The agency of the person who opened it.");
        Field(o => o.OpenedAt);
        Field(o => o.ExpiresAt);
        Field(o => o.Reason);
    }
}
