using System.Text;
using Hotspots.Imports;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports;

/// <summary>
/// The progress bar keeps moving through the database phase, not only while the file is read: checks, rows written in
/// batches, indexes built one by one. Counted as distinct progress values, not timed (the machine is shared).
/// </summary>
public sealed class ProgressTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const int Rows = 150_000;

    [Fact]
    public async Task A_large_import_reports_progress_through_checking_writing_and_indexing()
    {
        var csv = new StringBuilder("reference,occurred_from,exploitation_type,victim_age_group,easting,northing\n");
        for (var i = 0; i < Rows; i++) csv.Append($"P{i},2024-05-{i % 28 + 1:00},labour,adult,{405000 + i % 20000},{410000 + i % 15000}\n");
        var reports = new List<ImportProgress>();
        var options = new ImportOptions(ImportKind.Incidents, "progress.csv") { ImportedBy = "test" };

        var summary = await new Importer(db.DataSource).Import(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), options, reports.Add);

        Assert.Equal(Rows, summary.Imported);
        Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done));
        Assert.InRange(reports[^1].Done, 0.95, 1.0);
        var writing = reports.Where(r => r.Phase == "writing").Select(r => r.Done).Distinct().Count();
        Assert.True(writing >= 5, $"the rows went in {writing} batch(es); the bar would stall while they are written");
        Assert.Contains(reports, r => r.Phase == "building indexes");
        Assert.True(reports.Where(r => r.Done > 0.4).Select(r => r.Done).Distinct().Count() >= 12,
            string.Join(", ", reports.Select(r => $"{r.Phase} {r.Done:0.00}")));
        Assert.Contains("longest wait between progress changes", summary.Timings);
        Assert.Equal((long)Rows, await db.Scalar<long>("SELECT count(*) FROM incidents WHERE import_line IS NOT NULL"));
        Assert.Equal(Rows, await db.Scalar<int>("SELECT count(DISTINCT import_line)::int FROM incidents"));
    }
}
