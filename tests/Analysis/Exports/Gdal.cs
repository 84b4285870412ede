using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Hotspots.Tests.Analysis.Exports;

/// <summary>GDAL's own tools (Debian's gdal-bin) opening exported files, as an analyst's QGIS or ArcGIS would.</summary>
public static partial class Gdal
{
    public static bool Installed => File.Exists("/usr/bin/ogrinfo") && File.Exists("/usr/bin/gdalinfo");

    public static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed: {error}");
        return output;
    }

    /// <summary>ogrinfo's summary of a file's one layer: its feature count and whether it is in British National Grid.</summary>
    public static (long Features, bool BritishNationalGrid) Layer(string path)
    {
        var summary = Run("ogrinfo", "-ro", "-al", "-so", path);
        var count = long.Parse(FeatureCount().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture);
        return (count, summary.Contains("British National Grid") || summary.Contains("British_National_Grid"));
    }

    /// <summary>Every feature's value of one attribute, as ogrinfo prints it (null when unset).</summary>
    public static List<double?> Values(string path, string attribute) =>
        [.. Regex.Matches(Run("ogrinfo", "-ro", "-al", path), $@"^\s+{attribute} \(\w+\) = (.*)$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Trim() is "(null)" or "" ? (double?)null : double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"Feature Count: (\d+)")] private static partial Regex FeatureCount();
}
