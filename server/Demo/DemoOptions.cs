using System.Globalization;

namespace Hotspots.Demo;

/// <summary>The arguments of <c>generate-demo</c>.</summary>
internal sealed record DemoOptions(string Out, int Seed, int Incidents)
{
    // The year of the Modern Slavery Act.
    public const int DefaultSeed = 2015;
    public const int DefaultIncidents = 20_000;

    public const string Usage = "usage: generate-demo [--out DIR] [--seed S] [--incidents N]";

    public static DemoOptions? Parse(string[] args, TextWriter error)
    {
        var options = new DemoOptions("gis-data", DefaultSeed, DefaultIncidents);
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
}
