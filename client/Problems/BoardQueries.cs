namespace Hotspots.Client.Problems;

public sealed record BoardFigure(string Section, string Measure, string Breakdown, SuppressedCount Count);

public sealed record BoardReport(bool SmallNumbersWithheld, List<BoardFigure> Figures);

public static class BoardQueries
{
    public static Task<BoardReport> BoardReport(this GraphQLClient client, DateOnly from, DateOnly to) => client.Field<BoardReport>("boardReport", """
        query($from: DateOnly!, $to: DateOnly!) { boardReport(from: $from, to: $to) { smallNumbersWithheld
          figures { section measure breakdown count { value display } } } }
        """, new { from = from.ToString("yyyy-MM-dd"), to = to.ToString("yyyy-MM-dd") });

    public static string BoardFile(DateOnly from, DateOnly to, string extension) =>
        $"problems/board-report.{extension}?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
}
