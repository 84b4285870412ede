using Hotspots.Access;
using Hotspots.Incidents;

namespace Hotspots.Tests.Incidents;

public sealed class ViewerRightsTests(SampleDatabase database) : IClassFixture<SampleDatabase>
{
    /// <summary>Tiles are cached per rights key: a right the key forgot would let one viewer's tile reach another.</summary>
    [Fact]
    public async Task The_tile_cache_key_carries_every_right_the_database_decides_on()
    {
        await using var command = database.DataSource.CreateCommand("SELECT * FROM viewer_rights('someone', 'police')");
        await using var reader = await command.ExecuteReaderAsync();
        var rights = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var key = await new ViewerRights(new Hotspots.Database.UnitOfWork(database.DataSource)).Key(new Viewer("someone", Role.EnforcementOfficer, "police"), default);
        Assert.True(rights.Count >= 4, string.Join(",", rights));
        Assert.All(rights, right => Assert.Contains($"|{right}:", key));
    }
}
