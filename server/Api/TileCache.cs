using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace Hotspots.Api;

/// <summary>
/// Recently drawn tiles, for a short while. The key always carries the viewer's access key (role, agency and
/// every extra right), so a tile is only ever served again to viewers entitled to exactly the same features.
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
