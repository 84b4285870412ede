using Microsoft.Playwright;

namespace Hotspots.Tests.Map;

/// <summary>What a screenshot holds, counted by the browser itself so no image library is needed.</summary>
public sealed record PixelCounts(int Distinct, int NotBackground, int[] NearColours);

public static class Pixels
{
    public static async Task<PixelCounts> Count(IBrowser browser, byte[] png, string background, params string[] colours)
    {
        var page = await browser.NewPageAsync();
        try
        {
            var counts = await page.EvaluateAsync<int[]>("""
                async ([data, background, colours]) => {
                  const image = new Image();
                  image.src = 'data:image/png;base64,' + data;
                  await image.decode();
                  const canvas = document.createElement('canvas');
                  canvas.width = image.width; canvas.height = image.height;
                  const context = canvas.getContext('2d');
                  context.drawImage(image, 0, 0);
                  const pixels = context.getImageData(0, 0, image.width, image.height).data;
                  const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
                  const near = (p, i, c) => Math.abs(p[i] - c[0]) + Math.abs(p[i + 1] - c[1]) + Math.abs(p[i + 2] - c[2]) < 24;
                  const back = rgb(background), wanted = colours.map(rgb), seen = new Set();
                  let notBackground = 0; const nearColours = wanted.map(() => 0);
                  for (let i = 0; i < pixels.length; i += 4) {
                    seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
                    if (!near(pixels, i, back)) notBackground++;
                    wanted.forEach((c, k) => { if (near(pixels, i, c)) nearColours[k]++; });
                  }
                  return [seen.size, notBackground, ...nearColours];
                }
                """, new object[] { Convert.ToBase64String(png), background, colours });
            return new PixelCounts(counts[0], counts[1], counts[2..]);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
