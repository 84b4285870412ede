using System.Text;
using System.Text.Json.Nodes;
using Hotspots.Imports;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Imports.Targets;

/// <summary>
/// Police and council each import their report of the same labour exploitation (the council's 20 m away a day later,
/// OFFICIAL-SENSITIVE), and police twenty unrelated sexual-exploitation reports. The importer links the two; everything
/// downstream shows and counts them as one incident.
/// </summary>
public sealed class LinkedReportsApp : HotspotsApp
{
    public const string Agreement = "KMSP-ISA-2023-01";
    public int Links { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var police = new StringBuilder("date,type,age,easting,northing,ref\n2025-03-04,labour,adult,414541,416892,P-LINK\n");
        for (var n = 0; n < 20; n++) police.Append($"2025-03-{10 + n % 10:00},sexual,adult,{412000 + n * 300},{415000 + n % 4 * 400},P-{n}\n");
        await Imports.Text(this, ImportKind.Incidents, police.ToString(), o => o with { Agency = "police", AgreementReference = Agreement });
        var council = await Imports.Text(this, ImportKind.Incidents, "date,type,age,easting,northing,ref\n2025-03-05,labour,adult,414560,416900,C-LINK\n",
            o => o with { Agency = "council", Sensitivity = "official_sensitive", AgreementReference = Agreement });
        Links = council.Linked;
    }
}

public sealed class LinkedReportTests(LinkedReportsApp app) : IClassFixture<LinkedReportsApp>
{
    private const string List = "{ incidents(first: 100) { totalCount items { sourceReference sources { id agency reference } } } }";

    [Fact]
    public async Task The_two_agencies_reports_are_linked_on_import_and_listed_as_one_incident_with_both_sources()
    {
        Assert.Equal(1, app.Links);
        using var council = await app.SignedIn("analyst.council");
        var incidents = (await council.Data(List))["incidents"]!;
        Assert.Equal(21, incidents["totalCount"]!.GetValue<int>());
        var linked = incidents["items"]!.AsArray().Single(i => i!["sources"]!.AsArray().Count > 1)!;
        // The police report came first, so it represents the incident; both records are seen in full.
        Assert.Equal("P-LINK", linked["sourceReference"]!.GetValue<string>());
        Assert.Equal(["police: P-LINK", "council: C-LINK"], Sources(linked));
    }

    [Fact]
    public async Task The_map_draws_the_linked_reports_once_with_both_sources_and_details_of_either_record_list_both()
    {
        using var council = await app.SignedIn("analyst.council");
        var map = (await council.Data("{ incidentMap { fullRecords features } }"))["incidentMap"]!;
        Assert.Equal(21, map["fullRecords"]!.GetValue<long>());
        var features = map["features"]!["features"]!.AsArray();
        var labour = Assert.Single(features, f => f!["properties"]!["exploitationType"]!.GetValue<string>() == "labour")!;
        Assert.Equal(["police: P-LINK", "council: C-LINK"], Sources(labour["properties"]!));

        var councilId = await app.Scalar<long>("SELECT id FROM incidents WHERE source_reference = 'C-LINK'");
        var details = (await council.Data($"{{ incident(id: {councilId}) {{ sourceAgency sources {{ agency reference }} }} }}"))["incident"]!;
        Assert.Equal("council", details["sourceAgency"]!.GetValue<string>());
        Assert.Equal(["police: P-LINK", "council: C-LINK"], Sources(details));
    }

    [Theory]
    [InlineData("analyst.council")] // sees both records in full
    [InlineData("analyst.police")] // sees its own record; the council's is OFFICIAL-SENSITIVE, a signpost only
    public async Task Gi_star_and_the_board_report_count_the_linked_reports_once(string account)
    {
        using var client = await app.SignedIn(account);
        var run = (await client.Data("mutation { runAnalysis(request: { method: GI_STAR, cellSize: 200, distanceBand: 600 }) { incidentCount } }"))["runAnalysis"]!;
        Assert.Equal(21, run["incidentCount"]!.GetValue<int>());
        var figures = (await client.Data("{ boardReport(from: \"2025-03-01\", to: \"2025-03-31\") { figures { section measure breakdown count { value } } } }"))
            ["boardReport"]!["figures"]!.AsArray();
        var labour = Assert.Single(figures, f => f!["section"]!.GetValue<string>() == "Incidents in period" && f["breakdown"]!.GetValue<string>() == "Labour")!;
        Assert.Equal(1, labour["count"]!["value"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_viewer_who_may_see_only_one_of_the_records_counts_it_once_and_is_not_told_of_the_other()
    {
        using var police = await app.SignedIn("analyst.police");
        var incidents = (await police.Data(List))["incidents"]!;
        Assert.Equal(21, incidents["totalCount"]!.GetValue<int>());
        var linked = incidents["items"]!.AsArray().Single(i => i!["sourceReference"]!.GetValue<string>() == "P-LINK")!;
        Assert.Equal(["police: P-LINK"], Sources(linked));
        var signposts = await police.Data("{ incidentSignposts { owningAgency records { value } } }");
        Assert.Equal(1, Assert.Single(signposts["incidentSignposts"]!.AsArray())!["records"]!["value"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_viewer_who_may_see_neither_record_counts_nothing()
    {
        using var officer = await app.SignedIn("enforcement.council");
        var map = (await officer.Data("{ incidentMap { fullRecords generalisedRecords { value } } }"))["incidentMap"]!;
        Assert.Equal(0, map["fullRecords"]!.GetValue<long>());
        Assert.Equal(0, map["generalisedRecords"]!["value"]!.GetValue<long?>() ?? 0);
    }

    private static string[] Sources(JsonNode incident) =>
        [.. incident["sources"]!.AsArray().Select(s => $"{s!["agency"]}: {s["reference"]}")];
}
