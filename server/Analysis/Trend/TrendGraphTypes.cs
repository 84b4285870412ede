using GraphQL.Types;
using Hotspots.Incidents;

namespace Hotspots.Analysis;

public sealed class TrendStepType : ObjectGraphType<TrendStep>
{
    public TrendStepType()
    {
        Name = "TrendStep";
        Field(s => s.Start).Description("The step's first day (for months, the first of the month).");
        Field<NonNullGraphType<SuppressedCountType>>("incidents").Resolve(c => c.Source.Incidents);
    }
}

public sealed class IncidentTrendType : ObjectGraphType<IncidentTrend>
{
    public IncidentTrendType()
    {
        Name = "IncidentTrend";
        Description = "Incident counts per time step, from the filter's from (or the first incident) to its to (or the last).";
        Field(t => t.Step, type: typeof(NonNullGraphType<TimeStepType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrendStepType>>>>("steps").Resolve(c => c.Source.Steps);
    }
}

public sealed class HotspotEvaluationType : ObjectGraphType<HotspotEvaluation>
{
    public HotspotEvaluationType()
    {
        Name = "HotspotEvaluation";
        Description = "How well a run's hotspots caught a later period's incidents: PAI (Chainey et al. 2008) and RRI (Levine's variant).";
        Field(e => e.RunId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalysisParameterType>>>>("parameters")
            .Description("The run's parameters, the hotspot confidence, the later period and the cells counted.").Resolve(c => c.Source.Parameters);
        Field<NonNullGraphType<SuppressedCountType>>("laterInHotspots").Description("n: later incidents inside the hotspot cells.").Resolve(c => c.Source.LaterInHotspots);
        Field<NonNullGraphType<SuppressedCountType>>("laterIncidents").Description("N: later incidents on the run's grid.").Resolve(c => c.Source.LaterIncidents);
        Field(e => e.HotspotKm2).Description("a: the hotspot cells' area.");
        Field(e => e.StudyKm2).Description("A: the analysed cells' area.");
        Field<NonNullGraphType<Problems.MeasureType>>("pai").Description("PAI = (n/N)/(a/A).").Resolve(c => c.Source.Pai);
        Field<NonNullGraphType<Problems.MeasureType>>("rri").Description("RRI (Levine) = (n₂/n₁)/(N₂/N₁): n₁ and N₁ from the run itself.").Resolve(c => c.Source.Rri);
        Field(e => e.Explanation).Description("What was compared and what the figures mean, to paste into a report.");
    }
}
