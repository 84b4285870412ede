using System.Diagnostics;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports.Cli;

/// <summary>The import door as its own process, killed with SIGKILL half way: nothing half-imported, and a re-run imports all.</summary>
public sealed class KillTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const int Rows = 400_000;

    [Fact]
    public async Task An_import_killed_with_sigkill_leaves_nothing_and_a_rerun_imports_every_row()
    {
        var folder = Directory.CreateTempSubdirectory("hotspots-kill-");
        try
        {
            var path = Path.Combine(folder.FullName, "incidents.csv");
            await using (var writer = new StreamWriter(path))
            {
                await writer.WriteLineAsync("reference,occurred_from,exploitation_type,victim_age_group,easting,northing");
                for (var i = 0; i < Rows; i++) await writer.WriteLineAsync($"K{i},2024-05-{i % 28 + 1:00},labour,adult,{405000 + i % 20000},{410000 + i % 15000}");
            }

            using (var first = Start(path))
            {
                var reading = new TaskCompletionSource();
                first.ErrorDataReceived += (_, e) => { if (e.Data?.Contains("reading:") == true && !e.Data.Contains(": 0 rows")) reading.TrySetResult(); };
                first.BeginErrorReadLine();
                await reading.Task.WaitAsync(TimeSpan.FromMinutes(3));
                first.Kill();  // SIGKILL on Linux: no finally blocks, no rollback from the client
                await first.WaitForExitAsync();
            }
            Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM incidents"));
            Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM imports"));
            Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM import_rows"));

            using var second = Start(path);
            var output = second.StandardOutput.ReadToEndAsync();
            var errors = second.StandardError.ReadToEndAsync();
            await second.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            Assert.True(second.ExitCode == 0, await output + await errors);
            Assert.Equal((long)Rows, await db.Scalar<long>("SELECT count(*) FROM incidents"));
            Assert.Equal((long)Rows, await db.Scalar<long>("SELECT rows_imported::bigint FROM imports"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private Process Start(string path)
    {
        var server = typeof(Hotspots.Imports.Importer).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [server, "import", "incidents", path, "--agency", "police"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["HOTSPOTS_DATABASE"] = db.ConnectionString;
        return Process.Start(start)!;
    }
}
