using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>Reads that show record-level detail leave an audit row naming who read what, as the incidents list and map do.</summary>
public sealed class ReadAuditTests(DisclosureReadsFixture app) : IClassFixture<DisclosureReadsFixture>
{
    private static long[] Ids(JsonNode? detail, string member) => [.. detail![member]!.AsArray().Select(i => i!.GetValue<long>())];

    [Fact]
    public async Task Reading_the_records_due_for_review_is_audited_with_their_ids()
    {
        // Attack: an analyst pages through every record of their agency due for review, a list with victim details that leaves no trace.
        using var analyst = await app.SignedIn("analyst.council");
        var page = (await analyst.Data("{ dueForReview(first: 20) { totalCount edges { node { id } } } }"))["dueForReview"]!;
        var read = page["edges"]!.AsArray().Select(e => long.Parse(e!["node"]!["id"]!.GetValue<string>())).ToArray();
        Assert.Equal(20, read.Length);
        var audited = Assert.Single(await app.Audited("analyst.council", "list incidents due for review"));
        Assert.Equal(read, Ids(audited.Detail, "ids"));
    }

    [Fact]
    public async Task Reading_an_operation_is_audited_and_so_is_asking_for_one_you_may_not_see()
    {
        // Attack: a planner reads an operation's team, targets and linked incidents, or probes other agencies' operation ids, unseen.
        using var analyst = await app.SignedIn("analyst.council");
        Assert.NotNull((await analyst.Data($"{{ visit(id: {app.CouncilVisit}) {{ name linkedIncidentIds }} }}"))["visit"]);
        Assert.Null((await analyst.Data($"{{ visit(id: {app.PoliceVisit}) {{ name }} }}"))["visit"]);
        Assert.Equal($"visit:{app.CouncilVisit}", Assert.Single(await app.Audited("analyst.council", "read visit")).Subject);
        Assert.Equal($"visit:{app.PoliceVisit}", Assert.Single(await app.Audited("analyst.council", "read visit refused")).Subject);
    }

    [Fact]
    public async Task Listing_operations_is_audited_with_the_operations_shown()
    {
        // Attack: a team member lists every operation they may see, with addresses, team and safeguarding contacts, unseen.
        using var officer = await app.SignedIn("enforcement.glaa");
        var listed = (await officer.Data("{ visits { id name } }"))["visits"]!.AsArray().Select(v => long.Parse(v!["id"]!.GetValue<string>())).ToArray();
        Assert.Equal([app.PoliceVisit], listed);
        Assert.Equal(listed, Ids(Assert.Single(await app.Audited("enforcement.glaa", "list visits")).Detail, "ids"));
    }

    [Fact]
    public async Task Reopening_an_analysis_run_is_audited()
    {
        // Attack: a partner reopens a saved run again and again, leaving no trace of what the partnership's maps showed them.
        using var partner = await app.SignedIn("partner.health");
        var id = (await partner.Data($"mutation {{ runAnalysis(request: {{ method: KERNEL_DENSITY, filter: {{ boundingBox: {DisclosureReadsFixture.Huddersfield} }} }}) {{ id }} }}"))["runAnalysis"]!["id"]!.GetValue<string>();
        Assert.NotNull((await partner.Data($"{{ analysisRun(id: {id}) {{ id density {{ maximum }} }} }}"))["analysisRun"]);
        Assert.Equal($"analysis:{id}", Assert.Single(await app.Audited("partner.health", "reopen analysis run")).Subject);
    }

    [Fact]
    public async Task Reading_the_visited_targets_map_is_audited_with_the_operations_it_drew_on()
    {
        // Attack: a planner reads where operations found concerns and made referrals, place by place, unseen.
        using var analyst = await app.SignedIn("analyst.police");
        var map = (await analyst.Data($"{{ visitedTargetsMap(areaId: {app.AreaId}) }}"))["visitedTargetsMap"]!;
        Assert.NotEmpty(map["features"]!.AsArray());
        var audited = Assert.Single(await app.Audited("analyst.police", "view visited targets map"));
        Assert.Equal(map["features"]!.AsArray().Select(f => f!["properties"]!["visitId"]!.GetValue<long>()).Distinct().Order(), Ids(audited.Detail, "visits"));
        Assert.Equal(app.AreaId, audited.Detail!["areaId"]!.GetValue<long>());
    }
}
