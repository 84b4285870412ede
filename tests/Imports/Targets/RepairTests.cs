using Hotspots.Imports;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports.Targets;

/// <summary>
/// A file whose bad rows were rejected can be sent again with --repair: only the rows rejected before come in, and a
/// third run adds nothing. Idempotency is per row, not per file.
/// </summary>
public sealed class RepairTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const string KirkleesLsoas = "martinjc__UK-GeoJSON/json/statistical/eng/lsoa_by_lad/E08000034.json";

    // Two squares and two bowties (rings that cross themselves), as ONS boundaries sometimes have.
    private const string Boundaries = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:27700"}},"features":[
         {"type":"Feature","properties":{"code":"R1","name":"Square one"},"geometry":{"type":"Polygon","coordinates":[[[414000,416000],[415000,416000],[415000,417000],[414000,417000],[414000,416000]]]}},
         {"type":"Feature","properties":{"code":"R2","name":"Bowtie one"},"geometry":{"type":"Polygon","coordinates":[[[414000,416000],[415000,417000],[415000,416000],[414000,417000],[414000,416000]]]}},
         {"type":"Feature","properties":{"code":"R3","name":"Square two"},"geometry":{"type":"Polygon","coordinates":[[[416000,416000],[417000,416000],[417000,417000],[416000,417000],[416000,416000]]]}},
         {"type":"Feature","properties":{"code":"R4","name":"Bowtie two"},"geometry":{"type":"Polygon","coordinates":[[[416000,418000],[417000,419000],[417000,418000],[416000,419000],[416000,418000]]]}}
        ]}
        """;

    [Fact]
    public async Task A_rerun_with_repair_imports_exactly_the_rows_rejected_before_and_a_third_run_adds_nothing()
    {
        var first = await Imports.Text(db, ImportKind.Areas, Boundaries, o => o with { AreaKind = "custom" });
        Assert.Equal((4, 2, 0, 2), (first.Read, first.Imported, first.Duplicates, first.Rejected));
        Assert.All(first.FirstProblems, p => Assert.EndsWith("(import with --repair to fix it)", p.Reason));

        var repaired = await Imports.Text(db, ImportKind.Areas, Boundaries, o => o with { AreaKind = "custom", Repair = true });
        Assert.Equal((4, 2, 2, 0), (repaired.Read, repaired.Imported, repaired.Duplicates, repaired.Rejected));
        Assert.Null(repaired.AlreadyImportedAs);
        Assert.Contains($"This file was imported before (import {first.ImportId}): its 2 rows taken in then count as duplicates", string.Join(" ", repaired.Notes));
        Assert.Equal(["R2", "R4"], await Codes(repaired.ImportId));
        Assert.Equal(4L, await db.Scalar<long>("SELECT count(*) FROM import_outcomes WHERE import_id = $1", repaired.ImportId));

        var third = await Imports.Text(db, ImportKind.Areas, Boundaries, o => o with { AreaKind = "custom", Repair = true });
        Assert.Equal(repaired.ImportId, third.AlreadyImportedAs);
        Assert.Equal(0, third.Imported);
        Assert.Equal(4L, await db.Scalar<long>("SELECT count(*) FROM areas WHERE code LIKE 'R_'"));
        Assert.True(await db.Scalar<bool>("SELECT bool_and(ST_IsValid(boundary)) FROM areas WHERE code LIKE 'R_'"));
    }

    [Fact]
    public async Task A_rerun_without_repair_adds_nothing_and_rejects_the_same_rows_again()
    {
        var file = Boundaries.Replace("\"R", "\"S");
        await Imports.Text(db, ImportKind.Areas, file, o => o with { AreaKind = "custom" });
        var again = await Imports.Text(db, ImportKind.Areas, file, o => o with { AreaKind = "custom" });
        Assert.Equal((0, 2, 2), (again.Imported, again.Duplicates, again.Rejected));
        Assert.Equal(2L, await db.Scalar<long>("SELECT count(*) FROM areas WHERE code LIKE 'S_'"));
    }

    [GisFact(KirkleesLsoas)]
    public async Task Kirklees_lsoas_come_in_256_then_the_3_self_intersecting_ones_with_repair_then_none()
    {
        var path = SharedGis.File(KirkleesLsoas);
        ImportOptions Lsoas(ImportOptions o) => o with { AreaKind = "lsoa", CodeProperty = "LSOA11CD", NameProperty = "LSOA11NM" };
        var first = await Imports.File(db, ImportKind.Areas, path, Lsoas);
        Assert.Equal((259, 256, 3), (first.Read, first.Imported, first.Rejected));
        Assert.All(first.FirstProblems, p => Assert.Contains("import with --repair to fix it", p.Reason));
        var repaired = await Imports.File(db, ImportKind.Areas, path, o => Lsoas(o) with { Repair = true });
        Assert.Equal((3, 256, 0), (repaired.Imported, repaired.Duplicates, repaired.Rejected));
        var third = await Imports.File(db, ImportKind.Areas, path, o => Lsoas(o) with { Repair = true });
        Assert.Equal(0, third.Imported);
        Assert.Equal(259L, await db.Scalar<long>("SELECT count(*) FROM areas WHERE kind = 'lsoa'"));
    }

    private async Task<string[]> Codes(long? importId)
    {
        var codes = await db.Scalar<string>("SELECT string_agg(code, ',' ORDER BY code) FROM areas WHERE import_id = $1", importId);
        return codes.Split(',');
    }
}
