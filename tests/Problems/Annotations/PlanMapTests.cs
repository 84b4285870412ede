using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Problems.Annotations;

/// <summary>A plan's page draws its annotation pins on the map of its areas, where they were pinned.</summary>
public sealed class PlanMapTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Pin = "#1565c0";

    [Fact]
    public async Task An_annotation_pinned_over_GraphQL_is_drawn_at_its_place_on_the_plan_s_map()
    {
        var areaId = await app.Scalar<long>("""
            INSERT INTO areas (name, kind, boundary) VALUES ('Batley mills hotspot', 'hotspot',
                ST_Multi(ST_MakeEnvelope(424000, 424000, 425000, 425000, 27700))) RETURNING id
            """);
        using var chair = await app.SignedIn("chair.council");
        var groupId = (await chair.Data("mutation { createGroup(name: \"Batley mills\", chair: \"chair.council\", members: [\"analyst.police\"]) { id } }"))
            ["createGroup"]!["id"]!.GetValue<string>();
        var planId = (await chair.Data("mutation($groupId: ID!, $areaIds: [ID!]!) { createPlan(groupId: $groupId, title: \"Mill conversions\", areaIds: $areaIds) { id } }",
            new { groupId, areaIds = new[] { areaId.ToString() } }))["createPlan"]!["id"]!.GetValue<string>();
        var pin = await app.Scalar<string>("SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint(424300, 424700), 27700), 4326), 8)");
        await chair.Data("mutation($planId: ID!, $pin: GeoJSON!) { annotate(planId: $planId, pin: $pin, text: \"Mattresses seen through the loading bay\") { id } }", new { planId, pin });

        var page = await app.SignedInPage("chair.council");
        await page.GotoAsync($"{app.BaseAddress}/plans/{planId}");
        await page.Locator(".plan-map .map[data-map-ready='true'][data-annotations-drawn='1']").WaitForAsync(new() { Timeout = 60_000 });
        await page.Locator(".plan-map").ScrollIntoViewIfNeededAsync();
        var (x, y) = await MapPage.PagePixel(page, 424300, 424700);
        var (farX, farY) = await MapPage.PagePixel(page, 424800, 424200);

        var atPin = await Pixels.Count(app.Browser, await page.ScreenshotAsync(new() { Clip = new() { X = x - 6, Y = y - 6, Width = 12, Height = 12 } }), "#dfe7ee", Pin);
        var elsewhere = await Pixels.Count(app.Browser, await page.ScreenshotAsync(new() { Clip = new() { X = farX - 6, Y = farY - 6, Width = 12, Height = 12 } }), "#dfe7ee", Pin);
        Assert.True(atPin.NearColours[0] > 20, $"{atPin.NearColours[0]} pin-coloured pixels at the pin");
        Assert.Equal(0, elsewhere.NearColours[0]);
        await page.Context.CloseAsync();
    }
}
