using GraphQL.Types;

namespace Hotspots.Incidents;

public sealed class ExploitationTypeType : EnumerationGraphType<ExploitationType>
{
    public ExploitationTypeType() => Description =
        "Kinds of modern slavery in the partnership's strategy; FORCED_BEGGING, CANNABIS_CULTIVATION, ORGANISED_THEFT and BENEFIT_FRAUD are criminal exploitation.";
}

public sealed class VictimAgeGroupType : EnumerationGraphType<VictimAgeGroup>;

public sealed class LocationPrecisionType : EnumerationGraphType<LocationPrecision>
{
    public LocationPrecisionType() => Description = "How exactly the location is known: the spot, the postcode centre, the street or only the area.";
}

public sealed class SensitivityType : EnumerationGraphType<Sensitivity>
{
    public SensitivityType() => Description = "Government Security Classification marking of the record.";
}

public sealed class IncidentType : ObjectGraphType<Incident>
{
    public IncidentType()
    {
        Name = "Incident";
        Description = "A report or piece of intelligence about suspected modern slavery at a place and time.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<Api.GeoJsonGraphType>>("location").Description("Where it happened, as a GeoJSON point in WGS84.").Resolve(c => c.Source.Location);
        Field(i => i.Easting).Description("British National Grid easting in metres.");
        Field(i => i.Northing).Description("British National Grid northing in metres.");
        Field(i => i.OccurredFrom).Description("When it happened, or the start of the period it happened in.");
        Field(i => i.OccurredTo, nullable: true).Description("The end of the period, when only a period is known.");
        Field(i => i.ReportedOn, nullable: true).Description("The date it was reported to the source agency.");
        Field(i => i.ExploitationType, type: typeof(NonNullGraphType<ExploitationTypeType>));
        Field(i => i.VictimAgeGroup, type: typeof(NonNullGraphType<VictimAgeGroupType>));
        Field(i => i.SourceAgency).Description("The agency that holds the original record (its code, e.g. police).");
        Field(i => i.SourceReference, nullable: true).Description("The source agency's own reference.");
        Field(i => i.IntelligenceGrade, nullable: true).Description("3x5x2 grading: source 1–3 and intelligence A–E, e.g. 2B.");
        Field(i => i.LocationPrecision, type: typeof(NonNullGraphType<LocationPrecisionType>));
        Field(i => i.Sensitivity, type: typeof(NonNullGraphType<SensitivityType>));
        Field(i => i.LawfulBasis, nullable: true).Description("The lawful basis the record was shared under.");
        Field(i => i.AgreementReference, nullable: true).Description("The information sharing agreement it was shared under.");
        Field(i => i.ReviewDue).Description("When the owning agency's policy says the record is next due for review.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncidentSourceType>>>>("sources")
            .Description("Every agency that reported this incident, earliest first: itself alone, or the reports of other agencies linked to it " +
                "on import (same type, nearby, close in time), which analysis counts once. Records you may only be signposted to are left out.")
            .Resolve(c => c.Source.Sources);
    }
}

public sealed class IncidentSourceType : ObjectGraphType<IncidentSource>
{
    public IncidentSourceType()
    {
        Name = "IncidentSource";
        Description = "One agency's record of a reported incident.";
        Field(s => s.Id, type: typeof(IdGraphType)).Description("The record's id, when you may see it in full.");
        Field(s => s.Agency).Description("The agency that holds the record (its code, e.g. council).");
        Field(s => s.Reference, nullable: true).Description("The agency's own reference, when you may see the record in full.");
    }
}

public sealed class IncidentFilterInputType : InputObjectGraphType<IncidentFilter>
{
    public IncidentFilterInputType()
    {
        Name = "IncidentFilter";
        Description = "Narrows incidents; every part is optional and parts combine with AND.";
        Field<Api.BoundingBoxInputType>("boundingBox").Description("Only incidents inside this map window.");
        Field<IdGraphType>("areaId").Description("Only incidents inside this area.");
        Field<Api.GeoJsonGraphType>("within").Description("Only incidents inside this GeoJSON polygon (WGS84).");
        Field<DateTimeOffsetGraphType>("from").Description("Only incidents that happened at or after this time.");
        Field<DateTimeOffsetGraphType>("to").Description("Only incidents that happened before this time.");
        Field<ListGraphType<NonNullGraphType<ExploitationTypeType>>>("exploitationTypes");
        Field<ListGraphType<NonNullGraphType<VictimAgeGroupType>>>("victimAgeGroups");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("sourceAgencies").Description("Agency codes, e.g. police, council.");
    }
}
