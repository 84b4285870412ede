using Hotspots.Database;

namespace Hotspots.Imports;

/// <summary>./hotspots import &lt;kind&gt; &lt;file&gt; [options]: exit 0 when the file was read (even with rejected rows), 1 when refused.</summary>
public static class ImportCommand
{
    public const string Usage = """
        usage: hotspots import <kind> <file> [--agency police] [--sensitivity official|official_sensitive]
                 [--lawful-basis "..."] [--agreement REF] [--profile NAME] [--layer NAME] [--encoding utf-8|windows-1252]
                 [--dry-run] [--repair]
                 [--keep-outside-district] [--rejected-out rejected.csv] [--max-mb 2048]
                 [--link-metres 50] [--link-days 7]  (other agencies' reports this near, of the same type, are linked)
                 [--area-kind ward --code-property X --name-property Y]
          kind: incidents, police-uk, premises, risk-businesses, osm-businesses, areas, postcodes
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (ImportArguments.Parse(args, out var options, out var file, out var rejectedPath) is { } wrong)
        {
            error.WriteLine(wrong);
            error.WriteLine(Usage);
            return 2;
        }
        if (!File.Exists(file)) { error.WriteLine($"No such file: {file}"); return 1; }
        var connectionString = Environment.GetEnvironmentVariable("HOTSPOTS_DATABASE");
        if (string.IsNullOrEmpty(connectionString)) { error.WriteLine("HOTSPOTS_DATABASE is not set (run through ./hotspots import)."); return 2; }
        Migrations.Apply(connectionString);
        using var dataSource = DatabaseServices.CreateDataSource(connectionString);
        using var progress = new ProgressLine(error);
        using var rejected = rejectedPath is null ? null : new StreamWriter(rejectedPath);
        try
        {
            using var stream = File.OpenRead(file!);
            var summary = new Importer(dataSource).Import(stream, options!, progress.Report, rejected).GetAwaiter().GetResult();
            progress.Dispose();
            ImportReport.Write(summary, output);
            if (rejectedPath is not null && summary.Rejected > 0) output.WriteLine($"Rejected rows written to {rejectedPath}.");
            return 0;
        }
        catch (ImportRefused refused)
        {
            progress.Dispose();
            error.WriteLine($"Refused {file}: {refused.Message}");
            return 1;
        }
    }
}
