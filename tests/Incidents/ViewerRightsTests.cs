using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Incidents;

namespace Hotspots.Tests.Incidents;

public sealed class ViewerRightsTests(SampleDatabase database) : IClassFixture<SampleDatabase>
{
    /// <summary>
    /// Tiles are cached per view key: a right the key forgot would let one viewer's tile reach another. Every right of
    /// viewer_rights that lifts a record out of its class must change the key of the tile holding it, and of no other.
    /// </summary>
    [Fact]
    public async Task A_break_glass_changes_the_key_of_the_tile_it_touches_and_no_other()
    {
        var keys = new ViewerRights(new Hotspots.Database.UnitOfWork(database.DataSource));
        var partner = new Viewer("partner.key", Role.Partner, "health");
        var colleague = partner with { Username = "partner.colleague" };
        var record = await database.Scalar<long>("SELECT id FROM incidents WHERE source_agency <> 'health' ORDER BY id LIMIT 1");
        var here = await database.Scalar<string>("""
            SELECT format('%s/%s', floor((ST_X(p) + 180) / 360 * 32768), floor((1 - ln(tan(radians(ST_Y(p))) + 1 / cos(radians(ST_Y(p)))) / pi()) / 2 * 32768))
            FROM (SELECT ST_Transform(location, 4326) AS p FROM incidents WHERE id = $1) s
            """, record);
        var parts = here.Split('/').Select(int.Parse).ToArray();
        Tile near = Tile.Parse(15, parts[0], parts[1])!, far = Tile.Parse(15, parts[0] + 40, parts[1])!;
        await database.Execute("INSERT INTO break_glass (incident_id, username, agency, reason, expires_at) VALUES ($1, 'partner.key', 'health', 'Safeguarding referral received today', now() + interval '1 hour')", record);
        Assert.NotEqual(await keys.Key(colleague, near, default), await keys.Key(partner, near, default));
        Assert.Equal(await keys.Key(colleague, far, default), await keys.Key(partner, far, default));
        Assert.NotEqual(await keys.Key(colleague, far, default), await keys.Key(colleague with { Role = Role.Analyst }, far, default));
    }
}
