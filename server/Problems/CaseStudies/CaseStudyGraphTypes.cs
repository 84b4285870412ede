using GraphQL.Types;
using Hotspots.Incidents;
using Hotspots.Places;

namespace Hotspots.Problems;

public sealed class TriangleSideType : EnumerationGraphType<TriangleSide>
{
    public TriangleSideType() => Description = "The side of the problem analysis triangle the responses mainly worked on: OFFENDER, VICTIM or PLACE.";
}

public sealed class PlanOutcomeType : EnumerationGraphType<PlanOutcome>
{
    public PlanOutcomeType() => Description =
        "What the plan achieved: ELIMINATED, REDUCED, HARM_REDUCED, HANDLED_MORE_EFFICIENTLY, HANDED_OVER (to the body best placed), NO_CHANGE or WORSE.";
}

public sealed class CaseStudyType : ObjectGraphType<CaseStudy>
{
    public CaseStudyType()
    {
        Name = "CaseStudy";
        Description = "A closed plan as a lesson for other groups: what the problem was, what was done and what came of it.";
        Field(s => s.PlanId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The closed plan (see problemSolvingPlan for all of it).");
        Field(s => s.GroupId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.Title);
        Field(s => s.Sector, type: typeof(BusinessSectorType)).Description("The kind of business the problem was about, if any.");
        Field(s => s.ExploitationType, type: typeof(ExploitationTypeType));
        Field(s => s.TriangleSide, type: typeof(TriangleSideType));
        Field(s => s.Outcome, type: typeof(PlanOutcomeType));
        Field(s => s.ProblemStatement, nullable: true);
        Field(s => s.Responses, nullable: true).Description("What the partners did.");
        Field(s => s.Assessment, nullable: true).Description("The group's written assessment of what worked.");
        Field(s => s.LeadAgency, nullable: true);
        Field(s => s.ClosedAt).Description("When the plan was last changed, which for a closed plan is when it closed or after.");
    }
}
