using GraphQL;
using GraphQL.Types;
using Hotspots.Api;
using Hotspots.Incidents;

namespace Hotspots.Problems;

public sealed class BoardFigureType : ObjectGraphType<BoardFigure>
{
    public BoardFigureType()
    {
        Name = "BoardFigure";
        Description = "One figure of the board report.";
        Field(f => f.Section).Description("Plans, Actions due in period, Visits, Incidents in plan areas, or Incidents in period (by exploitation type and victim age group).");
        Field(f => f.Measure).Description("What is counted, e.g. done on time, referrals, by month.");
        Field(f => f.Breakdown).Description("Which part, e.g. housing / Prevention and early resolution, NRM, 2026-03; empty for a total.");
        Field<NonNullGraphType<SuppressedCountType>>("count").Description("Exact; partners' visits and referrals rounded to 5 with small numbers withheld; incidents as your map counts them (records you see in full plus the counts your map shows for cells; withheld cells noted, never added).")
            .Resolve(c => c.Source.Count);
    }
}

public sealed class BoardReportType : ObjectGraphType<BoardReport>
{
    public BoardReportType()
    {
        Name = "BoardReport";
        Description = "The quantitative figures for the safeguarding boards' and scrutiny's annual review of the strategy.";
        Field(r => r.From);
        Field(r => r.To);
        Field(r => r.SmallNumbersWithheld).Description("True when visits and referrals are rounded to 5 and small numbers withheld for you.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BoardFigureType>>>>("figures").Resolve(c => c.Source.Figures);
    }
}

public static class BoardFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<BoardReportType>>("boardReport")
            .Description("Signed-in partners: the board report's figures for a period (both dates included). Also as CSV and XLSX at /problems/board-report.csv and .xlsx?from=&to=.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .ResolveAsync(async c => await c.Service<BoardFigures>().For(c.Viewer(), c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.CancellationToken));
}
