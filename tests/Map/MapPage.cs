using Microsoft.Playwright;

namespace Hotspots.Tests.Map;

public static class MapPage
{
    /// <summary>Where a British National Grid position is on the page, for clicks.</summary>
    public static async Task<(float X, float Y)> PagePixel(IPage page, double easting, double northing)
    {
        var pixel = await page.EvaluateAsync<float[]>(
            "async ([e, n]) => (await import('./map/map.js')).pixelOf(document.querySelector('.map'), e, n)", new[] { easting, northing });
        var box = (await page.Locator(".map").BoundingBoxAsync())!;
        return (box.X + pixel[0], box.Y + pixel[1]);
    }
}
