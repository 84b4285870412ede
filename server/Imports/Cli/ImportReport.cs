namespace Hotspots.Imports;

public static class ImportReport
{
    public static void Write(ImportSummary s, TextWriter output)
    {
        foreach (var note in s.Notes) output.WriteLine(note);
        if (s.AlreadyImportedAs is not null) return;
        output.WriteLine(s.DryRun ? "Dry run: nothing was written. The import would have:" : $"Import {s.ImportId}:");
        output.WriteLine($"  rows read   {s.Read,10:N0}");
        output.WriteLine($"  imported    {s.Imported,10:N0}");
        output.WriteLine($"  duplicates  {s.Duplicates,10:N0}");
        output.WriteLine($"  rejected    {s.Rejected,10:N0}");
        if (s.Timings is not null) output.WriteLine($"  time by phase: {s.Timings}");
        if (s.Linked > 0) output.WriteLine($"  linked to other agencies' incidents {s.Linked:N0}");
        foreach (var problem in s.FirstProblems.Take(10)) output.WriteLine($"  line {problem.Line}: {problem.Reason}");
        if (s.Rejected > 10) output.WriteLine($"  … and {s.Rejected - 10:N0} more rejected rows (see import_rows or --rejected-out)");
    }
}
