using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// The meeting's doors besides GraphQL, on the groups of <see cref="ProblemRules"/>: the live stream and the pack; and
/// the board report, whose figures about people (the two NRM referrals of the matrix's operations) partners get withheld.
/// </summary>
public static class MeetingRules
{
    private const string Members = """
        own  other
        admin.council  full full
        *              full empty
        """;

    private const string Board = """
        any
        partner.*  <5
        *          full
        """;

    private const string Period = "from=2026-11-01&to=2026-11-30";

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("GET /problems/groups/{id}/live", Members, Live),
        new("GET /problems/groups/{id}/pack", Members, async p =>
        {
            using var response = await p.Client.GetAsync($"/problems/groups/{ProblemRules.Group(p).Id}/pack");
            if (response.StatusCode == HttpStatusCode.NotFound) return "empty";
            if (!response.IsSuccessStatusCode) return $"refused: {(int)response.StatusCode}";
            var html = await response.Content.ReadAsStringAsync();
            return html.Contains("Matrix group") && html.Contains("Car washes") && html.Contains("Three flats let by one agent") ? "full" : "without the group's work";
        }),
        new("boardReport", Board, p => p.Ask("{ boardReport(from: \"2026-11-01\", to: \"2026-11-30\") { figures { section measure breakdown count { value display } } } }", null,
            d => Referrals(d["boardReport"]!["figures"]!.AsArray()
                .Where(f => f!["section"]!.GetValue<string>() == "Visits" && f["measure"]!.GetValue<string>() == "referrals")
                .Select(f => f!["count"]!["display"]!.GetValue<string>()).SingleOrDefault()))),
        new("GET /problems/board-report.csv", Board, async p =>
        {
            using var response = await p.Client.GetAsync($"/problems/board-report.csv?{Period}");
            if (!response.IsSuccessStatusCode) return $"refused: {(int)response.StatusCode}";
            var row = (await response.Content.ReadAsStringAsync()).Split('\n').SingleOrDefault(l => l.StartsWith("Visits,referrals,NRM,", StringComparison.Ordinal));
            return Referrals(row?.Split(',')[3]);
        }),
        new("GET /problems/board-report.xlsx", Board, async p =>
        {
            using var response = await p.Client.GetAsync($"/problems/board-report.xlsx?{Period}");
            if (!response.IsSuccessStatusCode) return $"refused: {(int)response.StatusCode}";
            using var workbook = SpreadsheetDocument.Open(await response.Content.ReadAsStreamAsync(), false);
            var row = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Spreadsheet.Row>()
                .Select(r => r.Elements<Spreadsheet.Cell>().Select(c => c.InnerText).ToArray())
                .SingleOrDefault(r => r is ["Visits", "referrals", "NRM", _]);
            return Referrals(row?[3]);
        }),
    ];

    /// <summary>full: the exact count of the two referrals; &lt;5: withheld.</summary>
    private static string Referrals(string? shown) => shown switch
    {
        "2" => "full",
        "<5" => "<5",
        null => "empty",
        _ => $"referrals shown as {shown}",
    };

    /// <summary>A member's stream opens with its ready event; anyone else is told there is no such group.</summary>
    private static async Task<string> Live(Probe p)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await p.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/problems/groups/{ProblemRules.Group(p).Id}/live"),
            HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (response.StatusCode == HttpStatusCode.NotFound) return "empty";
        if (!response.IsSuccessStatusCode) return $"refused: {(int)response.StatusCode}";
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await reader.ReadLineAsync(timeout.Token);
        return first == "event: ready" ? "full" : $"stream began {first}";
    }
}
