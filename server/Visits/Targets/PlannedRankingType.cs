using GraphQL;
using GraphQL.Types;

namespace Hotspots.Visits;

public sealed class PlannedRankingType : ObjectGraphType<PlannedRanking>
{
    public PlannedRankingType()
    {
        Description = "The ranking an operation's targets were planned with, kept when its targets were last saved, so that " +
            "incidents recorded since neither reorder it nor change its explanation.";
        Field(r => r.Banded).Description("True when incident pressure is given in bands (as an enforcement officer ranks, from a partner's " +
            "view of your agency); false for the planner's own exact figures, which only the planner reads.");
        Field(r => r.RankedAt).Description("When the ranking was kept.");
        Field(r => r.RankedBy).Description("The username of the planner whose save kept it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankedTargetType>>>>("targets")
            .Description("The operation's targets, highest risk first; rank is the place among every candidate in the operation's area.")
            .Resolve(c => c.Source.Targets);
    }
}
