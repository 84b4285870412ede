using GraphQL.Types;
using Hotspots.Incidents;
using Hotspots.Places;

namespace Hotspots.Problems;

public sealed class PlanCaseStudyType : ObjectGraphType<ProblemSolvingPlan>
{
    public PlanCaseStudyType()
    {
        Name = "PlanCaseStudy";
        Description = "How the plan reads as a case study once closed; each is set through updatePlan and may be empty until then.";
        Field(p => p.Sector, type: typeof(BusinessSectorType)).Description("The kind of business the problem was about, if any.");
        Field(p => p.ExploitationType, type: typeof(ExploitationTypeType)).Description("The exploitation the plan tackled.");
        Field(p => p.TriangleSide, type: typeof(TriangleSideType)).Description("The side of the problem analysis triangle the responses mainly worked on.");
        Field(p => p.Outcome, type: typeof(PlanOutcomeType)).Description("What the plan achieved.");
    }
}
