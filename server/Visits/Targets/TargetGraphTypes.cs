using GraphQL.Types;
using Hotspots.Api;
using Hotspots.Incidents;

namespace Hotspots.Visits;

public sealed class TargetKindType : EnumerationGraphType<TargetKind>
{
    public TargetKindType() => Description = "What a visit target is: premises (an address) or a risk business.";
}

public sealed class TargetRefInputType : InputObjectGraphType<TargetRef>
{
    public TargetRefInputType()
    {
        Name = "TargetRefInput";
        Description = "A premises or risk business by its id, as listed by visitTargets, premises or riskBusinesses.";
        Field(t => t.Kind, type: typeof(NonNullGraphType<TargetKindType>));
        Field(t => t.PlaceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the premises or risk business.");
    }
}

public sealed class TargetAreaInputType : InputObjectGraphType<TargetArea>
{
    public TargetAreaInputType()
    {
        Name = "TargetAreaInput";
        Description = "Where to look: exactly one of an area (a hotspot or plan area) or a drawn polygon, optionally grown by a buffer.";
        Field(a => a.AreaId, type: typeof(IdGraphType)).Description("An area's id (see areas), e.g. a saved hotspot.");
        Field(a => a.Within, type: typeof(GeoJsonGraphType)).Description("A GeoJSON Polygon or MultiPolygon in WGS84.");
        Field(a => a.BufferMetres, nullable: true).DefaultValue(0d).Description("Grow the area by this many metres (0–5000).");
    }
}

public sealed class RiskWeightType : ObjectGraphType<RiskWeight>
{
    public RiskWeightType()
    {
        Description = "One weight of the risk score; the administrator can change it with setRiskWeight.";
        Field(w => w.Term).Description("incident, exploitation_type, source, intelligence, sector, premises_use, previous_outcome or days_since_visit.");
        Field(w => w.Code).Description("Which value of the term it applies to, e.g. hand_car_wash; 'other' and 'ungraded' are fallbacks.");
        Field(w => w.Weight).Description("Points, or a multiplier for exploitation_type, source and intelligence.");
        Field(w => w.Description);
    }
}

public sealed class ScoreTermType : ObjectGraphType<ScoreTerm>
{
    public ScoreTermType()
    {
        Description = "One part of a target's risk score: show these to explain the ranking.";
        Field(t => t.Term).Description("incidents, sector, previous_outcome or days_since_visit.");
        Field(t => t.Label).Description("The term in words.");
        Field(t => t.Input).Description("What was found, e.g. '12 within 250 m in 730 days (9 seen in full, 3 counted in cells by whole months); 1 cell withheld nearby', " +
            "counted in your own view; for enforcement officers, from the view a partner of their agency has, as a band: " +
            "'incident pressure: high (20–49 nearby, counted in cells) within 250 m in 730 days'.");
        Field(t => t.Weight).Description("The weight applied (see weights).");
        Field(t => t.Points).Description("What the term adds to the score.");
    }
}

public sealed class IncidentTypeCountType : ObjectGraphType<IncidentTypeCount>
{
    public IncidentTypeCountType()
    {
        Description = "Incidents of one exploitation type near a target that you see in full (those counted in cells carry no type: see the incidents term).";
        Field(c => c.ExploitationType).Description("The exploitation type code, e.g. labour.");
        Field<NonNullGraphType<SuppressedCountType>>("count").Resolve(c => c.Source.Count);
    }
}

public sealed class RankedTargetType : ObjectGraphType<RankedTarget>
{
    public RankedTargetType()
    {
        Description = "A premises or risk business with its risk score, explained term by term.";
        Field(t => t.Rank).Description("1 for the highest score.");
        Field(t => t.Kind, type: typeof(NonNullGraphType<TargetKindType>));
        Field(t => t.PlaceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The premises or risk business id.");
        Field(t => t.Name).Description("A business's name, or the premises' address.");
        Field(t => t.Address, nullable: true);
        Field(t => t.Postcode, nullable: true);
        Field(t => t.Category).Description("The business sector or the premises' use, e.g. hand_car_wash, hmo.");
        Field<NonNullGraphType<GeoJsonGraphType>>("location").Description("GeoJSON point in WGS84.").Resolve(c => c.Source.Location);
        Field(t => t.Easting).Description("British National Grid easting in metres.");
        Field(t => t.Northing).Description("British National Grid northing in metres.");
        Field(t => t.Score).Description("The sum of the terms' points.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScoreTermType>>>>("terms").Resolve(c => c.Source.Terms);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncidentTypeCountType>>>>("incidentsByType").Resolve(c => c.Source.IncidentsByType);
        Field(t => t.LastVisitedOn, nullable: true).Description("When it was last visited, if ever.");
    }
}

public sealed class TargetRankingType : ObjectGraphType<TargetRanking>
{
    public TargetRankingType()
    {
        Description = "Candidates for visits inside an area, highest risk first, with the weights used.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankedTargetType>>>>("targets").Resolve(c => c.Source.Targets);
        Field(r => r.CandidateCount).Description("How many premises and risk businesses lie inside the area (targets holds the first few).");
        Field(r => r.DistanceMetres).Description("Incidents this close to a target were counted.");
        Field(r => r.PeriodDays).Description("Incidents from this many days back were counted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskWeightType>>>>("weights").Resolve(c => c.Source.Weights);
        Field(r => r.Milliseconds).Description("How long the ranking took on the server.");
    }
}
