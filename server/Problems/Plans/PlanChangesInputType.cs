using GraphQL.Types;

namespace Hotspots.Problems;

/// <summary>Only the fields given are changed; give a field as null to clear it.</summary>
public sealed class PlanChangesInputType : InputObjectGraphType
{
    public PlanChangesInputType()
    {
        Name = "PlanChanges";
        Description = "The plan fields to set. Only the fields you give are changed; give null to clear an optional one.";
        Field<StringGraphType>("title").Description("A short name for the plan; cannot be empty.");
        Field<PlanStatusType>("status");
        Field<PlanPriorityType>("priority");
        Field<ClassificationType>("classification");
        Field<DateOnlyGraphType>("reviewOn").Description("When the group should next review the plan.");
        Field<StringGraphType>("leadAgency").Description("Agency code, e.g. council.");
        Field<StringGraphType>("leadOfficer");
        Field<StringGraphType>("objective").Description("The objective in words.");
        Field<ImpactScaleType>("impact");
        Field<FloatGraphType>("targetReductionPercent").Description("For impact REDUCE: the reduction aimed at, above 0 and at most 100.");
        Field<StringGraphType>("problemStatement");
        Field<StringGraphType>("evidence");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("dataSources");
        Field<StringGraphType>("offender");
        Field<StringGraphType>("victim");
        Field<StringGraphType>("place");
        Field<StringGraphType>("handler").Description("Who can influence the offenders.");
        Field<StringGraphType>("guardian").Description("Who can protect the victims.");
        Field<StringGraphType>("manager").Description("Who controls the places.");
        Field<RepeatTypeType>("repeatType");
        Field<StringGraphType>("hypothesis");
        Field<StringGraphType>("responses");
        Field<DateOnlyGraphType>("responseStartedOn").Description("When the response began; assessment splits the periods here.");
        Field<StringGraphType>("assessment").Description("The group's written assessment.");
        Field<Places.BusinessSectorType>("sector").Description("For the case study: the kind of business the problem was about.");
        Field<Incidents.ExploitationTypeType>("exploitationType").Description("For the case study: the exploitation the plan tackled.");
        Field<TriangleSideType>("triangleSide").Description("For the case study: the side of the triangle the responses mainly worked on.");
        Field<PlanOutcomeType>("outcome").Description("For the case study: what the plan achieved.");
    }
}
