using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// Tiles are cached by view, not by viewer (ViewerRights): two partners of one agency share a tile, and one partner's
/// break-glass on a record splits only the tiles around it, so the other partner is never served the opened record.
/// As the attacker: partner.health asks for the tiles straight after a colleague who broke the glass on a record.
/// </summary>
public sealed class SharedTileTests(DisclosureFixture app) : IClassFixture<DisclosureFixture>
{
    // z15 tiles over the fixture's cells (Huddersfield, about 414 000–416 000 E, 416 000–417 200 N): the first holds
    // cell 0, where the glass is broken; the second is two tiles east of it and holds none of its records.
    private const string Opened = "15/16221/10576", Elsewhere = "15/16223/10575";

    [Fact]
    public async Task Two_partners_of_one_agency_share_tiles_and_a_break_glass_does_not_reach_the_other()
    {
        await app.Execute("""
            INSERT INTO accounts (username, display_name, role, agency, password_hash)
            SELECT 'partner.health2', 'Second health partner', role, agency, password_hash FROM accounts WHERE username = 'partner.health'
            ON CONFLICT DO NOTHING
            """);
        using var first = await app.SignedIn("partner.health");
        using var second = await app.SignedIn("partner.health2");
        var shared = await first.GetAsync($"/tiles/incidents/{Elsewhere}.mvt?from=2025-01-01");
        Assert.Equal("miss", shared.Headers.GetValues("X-Tile-Cache").Single());
        Assert.Equal("hit", (await second.GetAsync($"/tiles/incidents/{Elsewhere}.mvt?from=2025-01-01")).Headers.GetValues("X-Tile-Cache").Single());

        var opened = await app.Scalar<long>("""
            INSERT INTO break_glass (incident_id, username, agency, reason, expires_at)
            SELECT id, 'partner.health2', 'health', 'Safeguarding referral received this morning', now() + interval '1 hour'
            FROM incidents WHERE source_reference = 'DC-0-0' RETURNING incident_id
            """);
        var withGlass = VectorTile.Read(await (await second.GetAsync($"/tiles/incidents/{Opened}.mvt?from=2025-01-02")).Content.ReadAsByteArrayAsync());
        Assert.Contains(withGlass.Layer("incidents"), point => point.Id == (ulong)opened);

        var attacker = await first.GetAsync($"/tiles/incidents/{Opened}.mvt?from=2025-01-02");
        Assert.Equal("miss", attacker.Headers.GetValues("X-Tile-Cache").Single());
        Assert.Empty(VectorTile.Read(await attacker.Content.ReadAsByteArrayAsync()).Layer("incidents"));
        // The glass touches one tile: elsewhere the two still share.
        Assert.Equal("hit", (await second.GetAsync($"/tiles/incidents/{Elsewhere}.mvt?from=2025-01-01")).Headers.GetValues("X-Tile-Cache").Single());
    }
}
