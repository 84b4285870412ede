using System.Globalization;

namespace Hotspots.Analysis;

/// <summary>A mistake in how the command was called (exit code 2, usage shown).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The --name value pairs and --flags of one analyse command, checked against what it accepts.</summary>
internal sealed class CommandOptions
{
    readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

    public CommandOptions(string[] args, string[] valued, string[] flags)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (flags.Contains(name)) { values[name] = null; continue; }
            if (!valued.Contains(name)) throw new UsageException($"Unknown option '{name}'.");
            if (i + 1 >= args.Length) throw new UsageException($"{name} needs a value.");
            values[name] = args[++i];
        }
    }

    public bool Has(string name) => values.ContainsKey(name);

    public string Text(string name) =>
        values.TryGetValue(name, out var v) && v is not null ? v : throw new UsageException($"{name} is required.");

    public string? OptionalText(string name) => values.TryGetValue(name, out var v) ? v : null;

    public double Number(string name) => Parse(name, Text(name));

    public double? OptionalNumber(string name) => Has(name) ? Parse(name, Text(name)) : null;

    public int Whole(string name, int? fallback = null)
    {
        if (!Has(name) && fallback is { } f) return f;
        return int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)
            ? v : throw new UsageException($"{name} must be a whole number (got '{Text(name)}').");
    }

    static double Parse(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v : throw new UsageException($"{name} must be a number (got '{text}').");
}
