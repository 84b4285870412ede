using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Access;

/// <summary>The review prompt: the navigation bar counts the agency's records due for review, and one is marked reviewed.</summary>
public sealed class ReviewsPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_record_due_for_review_is_marked_reviewed_and_the_count_in_the_navigation_bar_goes_down()
    {
        // The sample police records are from 2025; police review them every 12 months.
        var due = await app.Scalar<long>("""
            SELECT count(*) FROM incidents WHERE source_agency = 'police' AND occurred_from < now() - interval '13 months' AND reviewed_on IS NULL
            """);
        Assert.True(due >= 2, $"the sample data should hold police records due for review (has {due})");
        var page = await WideScreen.SignedIn(app, "analyst.police");
        var link = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "Due for review" });
        await Expect(link.Locator(".badge")).ToHaveTextAsync(due.ToString());
        await link.ClickAsync();
        var first = page.Locator("table tbody tr").First;
        var id = (await first.Locator("td").First.InnerTextAsync()).Trim();
        await first.GetByRole(AriaRole.Button, new() { Name = $"Mark record {id} reviewed" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Record {id} reviewed; next review");
        await Expect(link.Locator(".badge")).ToHaveTextAsync((due - 1).ToString());
        await WideScreen.Shot(page, "reviews");
        Assert.True(await app.Scalar<bool>("SELECT reviewed_on = current_date FROM incidents WHERE id = $1", long.Parse(id)));
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'review incident' AND subject = $1", $"incident:{id}"));
        Assert.Empty(app.ConsoleErrors[page]);
    }
}
