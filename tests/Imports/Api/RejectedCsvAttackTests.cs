using Hotspots.Tests.Api;

namespace Hotspots.Tests.Imports.Api;

/// <summary>
/// CSV injection (OWASP): a rejected row is the source's own line, written back in rejected.csv; a line that starts
/// with a formula must open as text, and the file must not be kept by a browser or proxy cache.
/// </summary>
public sealed class RejectedCsvAttackTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    [Fact]
    public async Task A_rejected_line_that_is_a_formula_is_written_to_rejected_csv_as_text_and_not_cached()
    {
        var importId = await app.Scalar<long>("""
            INSERT INTO imports (kind, file_name, sha256, agency, sensitivity, imported_by, started_at, status)
            VALUES ('incidents', 'partner.csv', 'x', 'police', 'official', 'analyst.police', now(), 'completed') RETURNING id
            """);
        await app.Execute("""
            INSERT INTO import_rows (import_id, line, outcome, reason, source) VALUES
                ($1, 2, 'rejected', 'not a real date', '=cmd|'' /C calc''!A0,labour,adult,414541,416892,R1'),
                ($1, 3, 'rejected', '-2+3 is not a date', '+2,labour'),
                ($1, 4, 'rejected', 'tab', E'\t=1+1,labour')
            """, importId);
        using var client = await app.SignedIn("analyst.police");
        using var response = await client.GetAsync($"/imports/{importId}/rejected.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("2,not a real date,\"'=cmd|' /C calc'!A0,labour,adult,414541,416892,R1\"", lines[2].TrimEnd('\r'));
        Assert.Equal("3,\"'-2+3 is not a date\",\"'+2,labour\"", lines[3].TrimEnd('\r'));
        Assert.Equal("4,tab,\"'\t=1+1,labour\"", lines[4].TrimEnd('\r'));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
