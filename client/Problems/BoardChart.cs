using Hotspots.Client.Api;

namespace Hotspots.Client.Problems;

public sealed record ChartBar(string Label, SuppressedCount Count);

/// <summary>One chart of the board report: a bar per breakdown, drawn from the same figures as the tables and files.</summary>
public sealed record BoardChart(string Title, IReadOnlyList<ChartBar> Bars)
{
    private static readonly SuppressedCount Withheld = new(null, "withheld");

    public static IReadOnlyList<BoardChart> From(BoardReport report)
    {
        IEnumerable<BoardFigure> Of(string section, string? measure = null) =>
            report.Figures.Where(f => f.Section == section && (measure is null || f.Measure == measure));
        List<ChartBar> Bars(IEnumerable<BoardFigure> figures) => figures.Select(f => new ChartBar(f.Breakdown, f.Count)).ToList();

        var closed = Of("Plans", "closed in period, by target impact").ToList();
        var charts = new List<BoardChart>
        {
            new("Incidents that began in the period, by exploitation type", Bars(Of("Incidents in period", "by exploitation type"))),
            new("Incidents that began in the period, by victim age group", Bars(Of("Incidents in period", "by victim age group"))),
            new("Incidents in plan areas, by month", Bars(Of("Incidents in plan areas"))),
            new("Plans opened and closed in the period",
            [
                new("Opened", Of("Plans", "opened in period").Select(f => f.Count).FirstOrDefault() ?? new SuppressedCount(0, "0")),
                new("Closed", Sum(closed)),
            ]),
            new("Actions due in the period and completed, by agency", Of("Actions due in period")
                .Where(f => f.Measure is "done on time" or "done late")
                .GroupBy(f => f.Breakdown.Split(" / ")[0])
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ChartBar(g.Key, Sum(g))).ToList()),
        };
        return charts.Where(c => c.Bars.Count > 0).ToList();
    }

    /// <summary>A total is withheld when any part of it is: adding a withheld part as 0 or 5 would reveal or misstate it.</summary>
    private static SuppressedCount Sum(IEnumerable<BoardFigure> figures)
    {
        var counts = figures.Select(f => f.Count.Value).ToList();
        if (counts.Any(c => c is null)) return Withheld;
        var total = counts.Sum(c => c!.Value);
        return new SuppressedCount(total, total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
    }
}
