using Hotspots.Imports;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports.Readers;

public sealed class BadRowTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    // One good row of each location form, then one row of every kind of mistake partners make.
    private const string File = """
        reference,occurred_from,exploitation_type,victim_age_group,easting,northing,longitude,latitude,postcode
        G1,2025-03-04,labour,adult,414541,416892,,,
        G2,04/03/2025,sexual,child,,,-1.7849,53.6458,
        G3,2025-02,cannabis_cultivation,unknown,,,,,HD1 1AA
        B1,31/02/2025,labour,adult,414541,416892,,,
        B2,2025-13-45,labour,adult,414541,416892,,,
        B3,yesterday,labour,adult,414541,416892,,,
        B4,2025-03-04,labour,adult,abc,416892,,,
        B5,2025-03-04,labour,adult,,,53.6458,-1.7849,
        B6,2025-03-04,labour,adult,,,2.35,48.85,
        B7,2025-03-04,trafficking,adult,414541,416892,,,
        B8,2025-03-04,labour,adult,,,,,
        B9,2025-03-04,labour,adult,,,,,ZZ9 9ZZ
        G1,2025-03-04,labour,adult,414541,416892,,,
        B10,2025-03-04,labour,elderly,414541,416892,,,
        B11,2025-03-04,labour,adult,900000,1400000,,,
        """;

    [Fact]
    public async Task Imports_the_good_rows_and_says_why_each_bad_row_was_not()
    {
        await db.Execute("INSERT INTO postcodes (postcode, location) VALUES ('HD1 1AA', ST_SetSRID(ST_MakePoint(414541, 416892), 27700))");
        var rejected = new StringWriter();
        var summary = await Imports.Text(db, ImportKind.Incidents, File, rejected: rejected);
        Assert.Equal((15, 3, 1, 11), (summary.Read, summary.Imported, summary.Duplicates, summary.Rejected));
        var reasons = summary.FirstProblems.ToDictionary(p => p.Line, p => p.Reason);
        Assert.Contains("'31/02/2025' is not a real date", reasons[5]);
        Assert.Contains("'2025-13-45' is not a real date", reasons[6]);
        Assert.Contains("not a date in a format we read", reasons[7]);
        Assert.Contains("easting 'abc' is not a number", reasons[8]);
        Assert.Contains("look swapped", reasons[9]);
        Assert.Contains("outside the UK", reasons[10]);
        Assert.Contains("exploitation_type 'trafficking' is not one of", reasons[11]);
        Assert.Contains("no location", reasons[12]);
        Assert.Contains("postcode ZZ9 9ZZ is not in the postcodes table", reasons[13]);
        Assert.Contains("victim_age_group 'elderly'", reasons[15]);
        Assert.Contains("outside the UK", reasons[16]);
        Assert.Equal("postcode", await db.Scalar<string>("SELECT location_precision FROM incidents WHERE source_reference = 'G3'"));
        Assert.Equal("same source_reference as line 2", await db.Scalar<string>(
            "SELECT reason FROM import_rows WHERE line = 14 AND outcome = 'duplicate'"));
        Assert.Equal(15L, await db.Scalar<long>("SELECT count(*) FROM import_outcomes WHERE import_id = $1", summary.ImportId));
        var lines = rejected.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(13, lines.Length);
        Assert.StartsWith("# OFFICIAL: rejected rows;", lines[0]);
        Assert.EndsWith("import_line,import_reason", lines[1].TrimEnd());

        // Sent again, the rows taken in before are duplicates of what they became; only the rejected rows are tried again.
        var again = await Imports.Text(db, ImportKind.Incidents, File);
        Assert.Equal((15, 0, 4, 11), (again.Read, again.Imported, again.Duplicates, again.Rejected));
        Assert.Equal(3L, await db.Scalar<long>("SELECT count(*) FROM incidents"));
    }

    [Fact]
    public async Task An_import_that_fails_half_way_leaves_nothing()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 500).Select(i => $"F{i},2025-03-04,labour,adult,414541,416892"));
        var text = "reference,occurred_from,exploitation_type,victim_age_group,easting,northing\n" + rows;
        await Assert.ThrowsAsync<InvalidOperationException>(() => Imports.Text(db, ImportKind.Incidents, text, o => o with { FailAfterRows = 250 }));
        Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'F%'"));
        Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM imports WHERE file_name = 'test' AND rows_read = 500"));
        var dry = await Imports.Text(db, ImportKind.Incidents, text, o => o with { DryRun = true });
        Assert.Equal(500, dry.Imported);
        Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'F%'"));
    }

    [Fact]
    public async Task A_file_without_a_needed_column_is_refused_naming_the_column_and_the_columns_found()
    {
        var refused = await Assert.ThrowsAsync<ImportRefused>(() => Imports.Text(db, ImportKind.Incidents,
            "ref,when,easting,northing\nX1,2025-03-04,414541,416892\n"));
        Assert.Contains("Expected column 'occurred_from' is missing", refused.Message);
        Assert.Contains("Columns found: ref, when, easting, northing", refused.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("too big")]
    public async Task Empty_and_oversized_files_are_refused(string text)
    {
        var refused = await Assert.ThrowsAsync<ImportRefused>(() => Imports.Text(db, ImportKind.Incidents, text, o => o with { MaxBytes = 3 }));
        Assert.Contains(text.Length == 0 ? "empty" : "over the limit", refused.Message);
    }
}
