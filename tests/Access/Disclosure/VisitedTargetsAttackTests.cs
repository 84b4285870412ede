using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>The visited-targets map shows only what operations the viewer may see found, as visit and visits do.</summary>
public sealed class VisitedTargetsAttackTests(DisclosureReadsFixture app) : IClassFixture<DisclosureReadsFixture>
{
    private async Task<List<(long Visit, long Place, bool Concerns, long Referrals)>> Features(string account)
    {
        using var client = await app.SignedIn(account);
        var map = (await client.Data($"{{ visitedTargetsMap(areaId: {app.AreaId}) }}"))["visitedTargetsMap"]!;
        return [.. map["features"]!.AsArray().Select(f => f!["properties"]!).Select(p => (p["visitId"]!.GetValue<long>(), p["placeId"]!.GetValue<long>(),
            p["concernsFound"]!.GetValue<bool>(), p["referralsMade"]!.GetValue<long>()))];
    }

    [Fact]
    public async Task A_planner_of_another_agency_does_not_see_where_the_council_s_operation_found_concerns()
    {
        // Attack: a police analyst reads the council operation's visited premises, concerns and referral counts off the map, though visit and visits hide that operation from them.
        using var police = await app.SignedIn("analyst.police");
        Assert.Null((await police.Data($"{{ visit(id: {app.CouncilVisit}) {{ id }} }}"))["visit"]);
        Assert.Equal([(app.PoliceVisit, app.PoliceVisitedPremises, true, 1L)], await Features("analyst.police"));
        Assert.Equal([(app.PoliceVisit, app.PoliceVisitedPremises, true, 1L)], await Features("enforcement.glaa"));
        Assert.Equal([(app.CouncilVisit, app.CouncilVisitedPremises, true, 1L)], await Features("analyst.council"));
        Assert.Equal([(app.CouncilVisit, app.CouncilVisitedPremises, true, 1L)], await Features("enforcement.council"));
    }
}
