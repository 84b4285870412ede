using Hotspots.Imports;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports.Sources;

/// <summary>The real files partners and open data give us, read from /work/shared/gis (see its SOURCES.md).</summary>
public sealed class SharedFileTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [GisFact]
    public async Task Kirklees_wards_postcodes_and_osm_businesses()
    {
        var wards = await Imports.File(db, ImportKind.Areas, SharedGis.File("martinjc__UK-GeoJSON/json/electoral/eng/wards_by_lad/E08000034.json"),
            o => o with { AreaKind = "ward", CodeProperty = "WD13CD", NameProperty = "WD13NM" });
        Assert.Equal((23, 23), (wards.Read, wards.Imported));

        var hd = await Imports.File(db, ImportKind.Postcodes, SharedGis.File("open-postcode__codepoint/Data/CSV/hd.csv"));
        Assert.Equal(7071, hd.Read);
        Assert.Equal(7071, hd.Imported + hd.Rejected);
        foreach (var area in new[] { "bd", "wf" }) await Imports.File(db, ImportKind.Postcodes, SharedGis.File($"open-postcode__codepoint/Data/CSV/{area}.csv"));
        Assert.Equal(11334L, await db.Scalar<long>("SELECT count(*) FROM postcodes WHERE admin_district_code = 'E08000034'"));

        await db.Execute("INSERT INTO areas (code, name, kind, boundary) SELECT 'E08000034', 'Kirklees', 'district', ST_Multi(ST_Union(boundary)) FROM areas WHERE kind = 'ward'");
        var washes = await Imports.File(db, ImportKind.OsmBusinesses, SharedGis.File("open-innovations__west-yorkshire-mapping-old/data/west-yorkshire-amenities-car_wash.geojson"));
        Assert.Equal(116, washes.Read);
        // 37 lie in Kirklees's bounding box (SOURCES.md); 15 inside the wards, as our own point-in-polygon counted them.
        Assert.Equal(15, washes.Imported);
        Assert.Equal(116, washes.Imported + washes.Rejected);
        Assert.All(washes.FirstProblems, p => Assert.StartsWith("outside the district", p.Reason));
        var nails = await Imports.File(db, ImportKind.OsmBusinesses, SharedGis.File("open-innovations__west-yorkshire-mapping-old/data/west-yorkshire-shop-nails.geojson"));
        Assert.Equal(1, nails.Imported);
        Assert.Equal(washes.Imported, (int)await db.Scalar<long>("SELECT count(*) FROM risk_businesses WHERE sector = 'hand_car_wash'"));
        Assert.Equal(1L, await db.Scalar<long>("SELECT count(*) FROM risk_businesses WHERE sector = 'nail_bar' AND name = 'Hollywood Nails'"));
    }
}
