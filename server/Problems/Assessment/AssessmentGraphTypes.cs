using GraphQL.Types;
using Hotspots.Api;
using Hotspots.Incidents;

namespace Hotspots.Problems;

public sealed class AssessmentPeriodType : ObjectGraphType<AssessmentPeriod>
{
    public AssessmentPeriodType()
    {
        Name = "AssessmentPeriod";
        Description = "Two equal periods: before = [beforeFrom, responseStart), after = [responseStart, afterTo), by the incident's start time (UTC).";
        Field(p => p.BeforeFrom);
        Field(p => p.ResponseStart);
        Field(p => p.AfterTo);
    }
}

public sealed class AssessedRegionType : ObjectGraphType<AssessedRegion>
{
    public AssessedRegionType()
    {
        Name = "AssessedRegion";
        Description = "Target, buffer or control: its incidents before and after as your map counts them: records you see in full, plus the counts your map shows for cells whose centre is in the region (by whole months); withheld cells are noted, never added.";
        Field(r => r.Name).Description("target, buffer or control.");
        Field<NonNullGraphType<SuppressedCountType>>("before").Resolve(c => c.Source.Before.Shown);
        Field<NonNullGraphType<SuppressedCountType>>("after").Resolve(c => c.Source.After.Shown);
        Field(r => r.SquareMetres);
        Field<NonNullGraphType<GeoJsonGraphType>>("boundary").Description("The region as used, GeoJSON in WGS84: draw it to check the proposal.").Resolve(c => c.Source.Boundary);
    }
}

public sealed class DisplacementAssessmentType : ObjectGraphType<DisplacementAssessment>
{
    public DisplacementAssessmentType()
    {
        Name = "DisplacementAssessment";
        Description = "Did the response work, and did the problem move? Counts in target (R), buffer ring (D) and control (C) before and after, with WDQ and TNE (Bowers & Johnson 2003).";
        Field(a => a.PlanId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<AssessmentPeriodType>>("period").Resolve(c => c.Source.Period);
        Field(a => a.BufferMetres).Description("Width of the buffer ring around the target.");
        Field(a => a.ControlDescription).Description("What the control area is.");
        Field<NonNullGraphType<AssessedRegionType>>("target").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<AssessedRegionType>>("buffer").Resolve(c => c.Source.Buffer);
        Field<NonNullGraphType<AssessedRegionType>>("control").Resolve(c => c.Source.Control);
        Field(a => a.Suppressed).Description("True when some counts include cells your map counts (perturbed, by whole months, cells under the threshold left out) because you may only count those records.");
        Field(a => a.GrossChangePercent, nullable: true).Description("(Rₐ − R_b) / R_b × 100; null when R_b is 0.");
        Field<NonNullGraphType<MeasureType>>("wdq").Description("WDQ = (Dₐ/Cₐ − D_b/C_b) / (Rₐ/Cₐ − R_b/C_b); > 0 diffusion of benefit, < 0 displacement.").Resolve(c => c.Source.Wdq);
        Field<NonNullGraphType<MeasureType>>("tne").Description("TNE = [R_b·(Cₐ/C_b) − Rₐ] + [D_b·(Cₐ/C_b) − Dₐ]; positive = fewer incidents than the control trend predicts.").Resolve(c => c.Source.Tne);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("interpretation")
            .Description("What the figures mean, in plain English, ready for a report.").Resolve(c => c.Source.Interpretation);
    }
}

public sealed class MeasureType : ObjectGraphType<Analysis.Measure>
{
    public MeasureType()
    {
        Name = "EvaluationMeasure";
        Description = "A measure, or why it could not be computed (a zero count is reported, never divided by).";
        Field(m => m.Name);
        Field(m => m.Value, nullable: true);
        Field(m => m.Problem, nullable: true).Description("Why there is no value, when there is none.");
    }
}
