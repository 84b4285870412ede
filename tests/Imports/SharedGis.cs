namespace Hotspots.Tests.Imports;

/// <summary>The partnership's test data in /work/shared/gis (never copied into this repository).</summary>
public static class SharedGis
{
    public static readonly string? Folder = new[] { "/work/shared/gis" }
        .Concat(Ancestors().Select(d => Path.Combine(d, "..", "shared", "gis"))).FirstOrDefault(Directory.Exists);

    public static string File(string relative) => Path.Combine(Folder!, relative);

    private static IEnumerable<string> Ancestors()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent) yield return dir.FullName;
    }
}

/// <summary>
/// A test that needs the shared GIS files, or one file among them: skipped, saying which, where they are absent,
/// rather than passing without having looked at anything.
/// </summary>
public sealed class GisFactAttribute : FactAttribute
{
    public GisFactAttribute(string? file = null)
    {
        if (SharedGis.Folder is null) Skip = "The shared GIS test files (/work/shared/gis or ../shared/gis) are absent.";
        else if (file is not null && !System.IO.File.Exists(SharedGis.File(file))) Skip = $"{file} is absent from the shared GIS test files ({SharedGis.Folder}).";
    }
}
