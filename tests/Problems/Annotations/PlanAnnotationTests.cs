using System.Text.RegularExpressions;
using Hotspots.Tests.Analysis.Map;
using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Hotspots.Tests.Map.MapPage;

namespace Hotspots.Tests.Problems.Annotations;

/// <summary>
/// The issue's browser journey on the plan page: a plan on a hotspot saved from analysis, a note pinned by clicking its map,
/// an action assigned; and a click outside the plan's areas refused with nothing saved.
/// </summary>
public sealed class PlanAnnotationTests(AnalysisBrowserApp app) : IClassFixture<AnalysisBrowserApp>
{
    private const string MapBackground = "#dfe7ee", SavedPin = "#1565c0", DraftPin = "#e66100";

    private async Task Group(string name)
    {
        using var chair = await app.SignedIn("chair.council");
        await chair.Data("mutation($name: String!) { createGroup(name: $name, chair: \"chair.council\", members: [\"analyst.police\", \"partner.housing\"]) { id } }",
            new { name });
    }

    [Fact]
    public async Task An_analyst_plans_on_a_saved_hotspot_pins_a_note_by_clicking_its_map_and_assigns_an_action()
    {
        await Group("Fartown");
        var page = await app.SignedInPage("analyst.police");
        await page.GetByLabel("Method", new() { Exact = true }).SelectOptionAsync("GI_STAR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run analysis" }).ClickAsync();
        var save = page.Locator(".save-hotspot").First;
        await save.Locator("input").FillAsync("Fartown cluster");
        await save.GetByRole(AriaRole.Button, new() { Name = "Save as area" }).ClickAsync();
        await Expect(page.GetByText("Saved as the area “Fartown cluster”")).ToBeVisibleAsync();
        // The deepest point of the hotspot, so the click is well inside it whatever shape Gi* gave it.
        var inside = await app.Scalar<double[]>("""
            SELECT ARRAY[ST_X(c.center), ST_Y(c.center)] FROM areas, ST_MaximumInscribedCircle(boundary) c WHERE name = 'Fartown cluster'
            """);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "Plans" }).ClickAsync();
        var newPlan = page.GetByRole(AriaRole.Form, new() { Name = "New plan for Fartown" });
        await newPlan.GetByLabel("New plan").FillAsync("Hand car washes by the ring road");
        await newPlan.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "Fartown cluster (Hotspot)" });
        await newPlan.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hand car washes by the ring road" })).ToBeVisibleAsync();

        var map = await ReadyMap(page);
        var (x, y) = await PagePixel(page, inside[0], inside[1]);
        await page.Mouse.ClickAsync(x, y);
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Pin a note to the map" });
        await LocationNear(form, inside[0], inside[1]);
        await Expect(map).ToHaveAttributeAsync("data-draft-drawn", "1");
        await form.GetByLabel("Note").FillAsync("Workers sleeping in the portakabin behind the wash bay");
        await form.GetByRole(AriaRole.Button, new() { Name = "Pin note" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Annotations", Exact = true }))
            .ToContainTextAsync("Priya Shah (police analyst) (police)");
        await Expect(page.Locator(".annotations .note-text")).ToHaveTextAsync("Workers sleeping in the portakabin behind the wash bay");
        await Expect(map).ToHaveAttributeAsync("data-annotations-drawn", "1");
        await Expect(map).ToHaveAttributeAsync("data-draft-drawn", "0");
        await Expect(form.GetByLabel("Location")).ToHaveValueAsync("");
        // Typing the note scrolled the page: find the clicked place on the map again.
        await page.Locator(".plan-map").ScrollIntoViewIfNeededAsync();
        (x, y) = await PagePixel(page, inside[0], inside[1]);
        var at = await Around(page, x, y);
        Assert.True(at.NearColours[0] > 20, $"{at.NearColours[0]} pin-blue pixels where the map was clicked");
        Assert.Equal(0, at.NearColours[1]);
        var box = (await map.BoundingBoxAsync())!;
        Assert.Equal(0, (await Around(page, x < box.X + box.Width / 2 ? x + 40 : x - 40, y)).NearColours[0]);
        Assert.Equal(1, await app.Scalar<long>("""
            SELECT count(*) FROM annotations WHERE text = 'Workers sleeping in the portakabin behind the wash bay' AND author = 'analyst.police'
                AND ST_DWithin(pin, ST_SetSRID(ST_MakePoint($1, $2), 27700), 15)
            """, inside[0], inside[1]));

        var assign = page.GetByRole(AriaRole.Form, new() { Name = "Assign action" });
        await assign.GetByLabel("What").FillAsync("Licensing visit to the wash with housing");
        await assign.GetByLabel("Agency").SelectOptionAsync("housing");
        await assign.GetByLabel("Owner").SelectOptionAsync("partner.housing");
        await assign.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        var row = page.Locator(".actions-table tbody tr").Filter(new() { HasText = "Licensing visit to the wash with housing" });
        await Expect(row).ToContainTextAsync("housing");
        await Expect(row).ToContainTextAsync("Lee Barker (housing)");
        await Expect(row.GetByLabel("Status of Licensing visit to the wash with housing")).ToHaveValueAsync("OPEN");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_click_outside_the_plan_s_areas_is_refused_with_the_reason_and_nothing_is_saved()
    {
        var planId = await PlanOnSquare("Dewsbury", "Takeaway flats", 424000, 424000);
        var page = await app.SignedInPage("analyst.police");
        await page.GotoAsync($"{app.BaseAddress}/plans/{planId}");
        var map = await ReadyMap(page);
        var (x, y) = await PagePixel(page, 425600, 424500);
        var box = (await map.BoundingBoxAsync())!;
        Assert.True(x < box.X + box.Width - 10, "the point 600 m east of the plan's area should be on its map");
        await page.Mouse.ClickAsync(x, y);
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Pin a note to the map" });
        await LocationNear(form, 425600, 424500);
        await form.GetByLabel("Note").FillAsync("Van parked overnight");
        await form.GetByRole(AriaRole.Button, new() { Name = "Pin note" }).ClickAsync();

        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("lies outside the plan's areas (Takeaway flats area): place it inside them");
        await Expect(form.GetByLabel("Note")).ToHaveValueAsync("Van parked overnight");
        await Expect(page.GetByText("No notes pinned to the map yet.")).ToBeVisibleAsync();
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM annotations WHERE plan_id = $1", long.Parse(planId)));
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM plan_events WHERE plan_id = $1 AND kind = 'annotation_added'", long.Parse(planId)));
        await Expect(map).ToHaveAttributeAsync("data-annotations-drawn", "0");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_note_round_an_area_is_drawn_corner_by_corner_and_saved_as_a_polygon()
    {
        var planId = await PlanOnSquare("Heckmondwike", "Mill yard", 426000, 426000);
        var page = await app.SignedInPage("analyst.police");
        await page.GotoAsync($"{app.BaseAddress}/plans/{planId}");
        var map = await ReadyMap(page);
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Pin a note to the map" });
        await form.GetByLabel("Round an area").CheckAsync();
        await Expect(map).ToHaveAttributeAsync("data-placing", "area");
        (double East, double North)[] corners = [(426200, 426200), (426800, 426200), (426800, 426800), (426200, 426800)];
        foreach (var (east, north) in corners[..^1])
        {
            var (cx, cy) = await PagePixel(page, east, north);
            await page.Mouse.ClickAsync(cx, cy);
        }
        var (lastX, lastY) = await PagePixel(page, corners[^1].East, corners[^1].North);
        await page.Mouse.DblClickAsync(lastX, lastY);
        await Expect(form.GetByLabel("Location")).ToHaveValueAsync(new Regex("^Area of 4 corners around BNG E 4265"));
        await Expect(map).ToHaveAttributeAsync("data-draft-drawn", "1");
        await form.GetByLabel("Note").FillAsync("Caravans parked behind the mill");
        await form.GetByRole(AriaRole.Button, new() { Name = "Pin note" }).ClickAsync();

        await Expect(map).ToHaveAttributeAsync("data-annotations-drawn", "1");
        await Expect(page.Locator(".annotations .note-text")).ToHaveTextAsync("Caravans parked behind the mill");
        Assert.Equal(360_000, await app.Scalar<double>(
            "SELECT ST_Area(pin) FROM annotations WHERE text = 'Caravans parked behind the mill' AND GeometryType(pin) = 'POLYGON'"), 360_000 * 0.03);
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_list_shows_replies_and_the_earlier_texts_of_a_note_its_author_changed()
    {
        var planId = await PlanOnSquare("Ravensthorpe", "Car wash yard", 422000, 419000);
        var pin = await app.Scalar<string>("SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint(422500, 419500), 27700), 4326), 8)");
        using var police = await app.SignedIn("analyst.police");
        var noteId = (await police.Data("mutation($planId: ID!, $pin: GeoJSON!) { annotate(planId: $planId, pin: $pin, text: \"Six cars washed an hour\") { id } }",
            new { planId, pin }))["annotate"]!["id"]!.GetValue<string>();
        using var housing = await app.SignedIn("partner.housing");
        await housing.Data("mutation($id: ID!) { replyToAnnotation(annotationId: $id, text: \"The yard is let to a new tenant\") { id } }", new { id = noteId });

        var page = await app.SignedInPage("analyst.police");
        await page.GotoAsync($"{app.BaseAddress}/plans/{planId}");
        var list = page.GetByRole(AriaRole.Region, new() { Name = "Annotations", Exact = true });
        await Expect(list).ToContainTextAsync("Lee Barker (housing) (housing)");
        await Expect(list).ToContainTextAsync("The yard is let to a new tenant");
        await Expect(list.GetByRole(AriaRole.Button, new() { Name = "Edit" })).ToHaveCountAsync(1);
        await list.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await list.GetByLabel("New text").FillAsync("Twelve cars washed an hour at the weekend");
        await list.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();

        await Expect(list.Locator(".note-text").First).ToHaveTextAsync("Twelve cars washed an hour at the weekend");
        await Expect(list).ToContainTextAsync("edited");
        await list.GetByText("Earlier texts (1)").ClickAsync();
        await Expect(list.Locator(".history li")).ToHaveTextAsync(new Regex("^“Six cars washed an hour”, replaced by analyst.police on "));
        await list.GetByLabel("Reply to Priya Shah (police analyst)").FillAsync("Licensing will check the permit");
        await list.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await Expect(list).ToContainTextAsync("Licensing will check the permit");
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM annotation_edits WHERE previous_text = 'Six cars washed an hour'"));
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    private async Task<string> PlanOnSquare(string group, string title, double east, double north)
    {
        var areaId = await app.Scalar<long>("""
            INSERT INTO areas (name, kind, boundary) VALUES ($1, 'hotspot', ST_Multi(ST_MakeEnvelope($2, $3, $2 + 1000, $3 + 1000, 27700))) RETURNING id
            """, $"{title} area", east, north);
        await Group(group);
        using var police = await app.SignedIn("analyst.police");
        var groupId = await app.Scalar<long>("SELECT id FROM problem_groups WHERE name = $1", group);
        return (await police.Data("mutation($groupId: ID!, $title: String!, $areaIds: [ID!]!) { createPlan(groupId: $groupId, title: $title, areaIds: $areaIds) { id } }",
            new { groupId = groupId.ToString(), title, areaIds = new[] { areaId.ToString() } }))["createPlan"]!["id"]!.GetValue<string>();
    }

    /// <summary>The form's location says where the click was, to within the few metres a pixel covers.</summary>
    private static async Task LocationNear(ILocator form, double east, double north)
    {
        await Expect(form.GetByLabel("Location")).ToHaveValueAsync(new Regex("^Point at BNG E"));
        var location = Regex.Match(await form.GetByLabel("Location").InputValueAsync(), @"E (\d+) N (\d+)");
        Assert.InRange(double.Parse(location.Groups[1].Value) - east, -10, 10);
        Assert.InRange(double.Parse(location.Groups[2].Value) - north, -10, 10);
    }

    private static async Task<ILocator> ReadyMap(IPage page)
    {
        var map = page.Locator(".plan-map .map");
        await page.Locator(".plan-map .map[data-map-ready='true']").WaitForAsync(new() { Timeout = 60_000 });
        await page.Locator(".plan-map").ScrollIntoViewIfNeededAsync();
        return map;
    }

    private async Task<PixelCounts> Around(IPage page, float x, float y) =>
        await Pixels.Count(app.Browser, await page.ScreenshotAsync(new() { Clip = new() { X = x - 6, Y = y - 6, Width = 12, Height = 12 } }),
            MapBackground, SavedPin, DraftPin);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
