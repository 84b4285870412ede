using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace Hotspots.Api;

/// <summary>
/// Recently drawn tiles, for a short while. An incident tile's key carries the view's key there (ViewerRights: the
/// levels of the access classes and the viewer's exceptions touching the tile), so a tile is served again only to
/// viewers entitled to exactly the same features in it, and viewers with the same view share it.
/// </summary>
public sealed class TileCache(IMemoryCache memory)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    public const int DefaultMegabytes = 64;

    public sealed record Entry(byte[] Tile, string ETag);

    public async Task<(Entry Entry, bool Hit)> GetOrDraw(string key, Func<Task<byte[]>> draw)
    {
        if (memory.TryGetValue(key, out Entry? cached) && cached is not null) return (cached, true);
        var tile = await draw();
        var entry = new Entry(tile, $"\"{Convert.ToHexString(SHA256.HashData(tile))[..32]}\"");
        memory.Set(key, entry, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = tile.Length + 256 });
        return (entry, false);
    }

    public static IServiceCollection AddTileCache(IServiceCollection services) =>
        services.AddSingleton<TileCache>(provider => new TileCache(new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = provider.GetRequiredService<IConfiguration>().GetValue("Hotspots:TileCacheMegabytes", DefaultMegabytes) * 1024L * 1024,
        })));
}
