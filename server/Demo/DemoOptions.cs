using System.Globalization;

namespace Hotspots.Demo;

/// <summary>The arguments of <c>generate-demo</c>.</summary>
internal sealed record DemoOptions(string Out, int Seed, int Incidents)
{
    // The year of the Modern Slavery Act.
    public const int DefaultSeed = 2015;
    public const int DefaultIncidents = 20_000;

    public const string Usage = "usage: generate-demo [--out DIR (default: the repository's gis-data/)] [--seed S] [--incidents N]";

    public static DemoOptions? Parse(string[] args, TextWriter error)
    {
        var options = new DemoOptions(DefaultOut(), DefaultSeed, DefaultIncidents);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            options = (args[i], value) switch
            {
                ("--out", { Length: > 0 }) => options with { Out = value },
                ("--seed", _) when int.TryParse(value, CultureInfo.InvariantCulture, out var seed) => options with { Seed = seed },
                ("--incidents", _) when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 => options with { Incidents = n },
                _ => null,
            };
            if (options is null)
            {
                error.WriteLine($"generate-demo: cannot use '{args[i]}'{(value is null ? "" : $" '{value}'")}");
                error.WriteLine(Usage);
                return null;
            }
            i++;
        }
        return options;
    }

    // `dotnet run` starts in server/, so look for the repository rather than trusting the working folder.
    private static string DefaultOut()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Hotspots.sln"))) return Path.Combine(folder.FullName, "gis-data");
        }
        return "gis-data";
    }
}
