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

public sealed class NearRepeatCellType : ObjectGraphType<NearRepeatCell>
{
    public NearRepeatCellType()
    {
        Name = "NearRepeatCell";
        Description = "Pairs of incidents [distanceFrom, distanceTo) metres and [daysFrom, daysTo) days apart.";
        Field(c => c.DistanceFrom);
        Field(c => c.DistanceTo);
        Field(c => c.DaysFrom);
        Field(c => c.DaysTo);
        Field(c => c.Observed).Description("Pairs seen.");
        Field(c => c.Expected).Description("Pairs on average with the days shuffled among the places.");
        Field(c => c.Ratio, nullable: true).Description("Observed / expected; null when none are expected.");
        Field(c => c.P).Description("Monte Carlo p-value: (shuffles with at least as many pairs + 1) / (permutations + 1).");
    }
}

public sealed class NearRepeatType : ObjectGraphType<NearRepeatAnswer>
{
    public NearRepeatType()
    {
        Name = "NearRepeat";
        Description = "Knox near-repeat test on the incidents you see in full.";
        Field(a => a.RecordsUsed).Description("Incidents you see in full that took part.");
        Field(a => a.CountedLeftOut).Description("Incidents your map shows only as counted cells, left out (withheld cells are not among them).");
        Field(a => a.Permutations);
        Field(a => a.BandRule);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NearRepeatCellType>>>>("cells").Resolve(c => c.Source.Cells);
        Field(a => a.Explanation).Description("What was compared and what the table shows, to paste into a report.");
    }
}
