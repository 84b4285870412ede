using GraphQL.Types;

namespace Hotspots.Problems;

public sealed class PlanObjectiveType : ObjectGraphType<ProblemSolvingPlan>
{
    public PlanObjectiveType()
    {
        Name = "PlanObjective";
        Description = "O of OSARA: what the plan sets out to achieve, and where on the impact scale.";
        Field<StringGraphType>("statement").Description("The objective in words.").Resolve(c => c.Source.Objective);
        Field<ImpactScaleType>("impact").Resolve(c => c.Source.Impact);
        Field(p => p.TargetReductionPercent, nullable: true).Description("For REDUCE: the reduction aimed at, in per cent of incidents.");
    }
}

public sealed class PlanScanningType : ObjectGraphType<ProblemSolvingPlan>
{
    public PlanScanningType()
    {
        Name = "PlanScanning";
        Description = "S of OSARA: the problem as the group first defines it.";
        Field(p => p.ProblemStatement, nullable: true).Description("The problem in one or two sentences: who, what, where, when.");
        Field(p => p.Evidence, nullable: true).Description("What shows the problem exists and matters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("dataSources")
            .Description("Where the evidence comes from, e.g. police incidents, NRM referrals, licensing visits.").Resolve(c => c.Source.DataSources);
    }
}

public sealed class PlanAnalysisType : ObjectGraphType<ProblemSolvingPlan>
{
    public PlanAnalysisType()
    {
        Name = "PlanAnalysis";
        Description = "A of OSARA: the problem analysis triangle (offender, victim, place), the controllers who can act on each side, the repeat pattern and the hypothesis.";
        Field(p => p.Offender, nullable: true).Description("What is known about the offenders.");
        Field(p => p.Victim, nullable: true).Description("What is known about the victims.");
        Field(p => p.Place, nullable: true).Description("What is known about the places.");
        Field(p => p.Handler, nullable: true).Description("Who can influence the offenders (handlers).");
        Field(p => p.Guardian, nullable: true).Description("Who can protect the victims (guardians).");
        Field(p => p.Manager, nullable: true).Description("Who controls the places (place managers), e.g. landlords, licensees.");
        Field<RepeatTypeType>("repeatType").Resolve(c => c.Source.RepeatType);
        Field(p => p.Hypothesis, nullable: true).Description("Why the group thinks the problem happens there, to be tested by the response.");
    }
}

public sealed class PlanResponseType : ObjectGraphType<ProblemSolvingPlan>
{
    public PlanResponseType()
    {
        Name = "PlanResponse";
        Description = "R of OSARA: what the partners do; the actions carry who does what by when.";
        Field(p => p.Responses, nullable: true).Description("The chosen responses in words.");
        Field(p => p.ResponseStartedOn, nullable: true).Description("When the response began: assessment compares equal periods before and after this date.");
    }
}
