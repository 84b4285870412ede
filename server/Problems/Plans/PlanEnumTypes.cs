using GraphQL.Types;

namespace Hotspots.Problems;

public sealed class PlanStatusType : EnumerationGraphType<PlanStatus>
{
    public PlanStatusType() => Description =
        "Where the plan is in OSARA: SCAN → ANALYSE → RESPOND → ASSESS → CLOSED, one step at a time forward; steps back are allowed to revisit.";
}

public sealed class PlanPriorityType : EnumerationGraphType<PlanPriority>
{
    public PlanPriorityType() => Description = "How urgently the group works on the plan.";
}

public sealed class ClassificationType : EnumerationGraphType<Classification>
{
    public ClassificationType() => Description = "The Government Security Classification of the plan's contents: OFFICIAL or OFFICIAL_SENSITIVE.";
}

public sealed class ImpactScaleType : EnumerationGraphType<ImpactScale>
{
    public ImpactScaleType() => Description =
        "The level of impact the objective aims at: ELIMINATE the problem; REDUCE it by targetReductionPercent; REDUCE_HARM " +
        "(fewer or less serious harms per incident); HANDLE_MORE_EFFICIENTLY (same problem, better response); " +
        "HAND_TO_ANOTHER_ORGANISATION (shift ownership to the body best placed to deal with it).";
}

public sealed class RepeatTypeType : EnumerationGraphType<RepeatType>
{
    public RepeatTypeType() => Description =
        "Which repeat pattern drives the problem: the same victims, the same offenders, the same places, the same targets (e.g. a kind of business), or none.";
}
