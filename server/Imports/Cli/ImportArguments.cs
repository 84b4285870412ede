using System.Globalization;

namespace Hotspots.Imports;

public static class ImportArguments
{
    /// <summary>The options of the command line, or the reason they cannot be read.</summary>
    public static string? Parse(string[] args, out ImportOptions? options, out string? file, out string? rejectedOut)
    {
        options = null; file = null; rejectedOut = null;
        if (args.Length < 2) return "Give a kind and a file.";
        if (!Enum.TryParse<ImportKind>(args[0].Replace("-", ""), ignoreCase: true, out var kind)) return $"Unknown kind '{args[0]}'.";
        file = args[1];
        var o = new ImportOptions(kind, Path.GetFileName(file));
        for (var i = 2; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                o = args[i] switch
                {
                    "--agency" => o with { Agency = Value() },
                    "--sensitivity" => o with { Sensitivity = Value() },
                    "--lawful-basis" => o with { LawfulBasis = Value() },
                    "--agreement" => o with { AgreementReference = Value() },
                    "--profile" => o with { Profile = Value() },
                    "--layer" => o with { Layer = Value() },
                    "--encoding" => o with { Encoding = Value().ToLowerInvariant() switch
                    {
                        "utf-8" or "utf8" => TextEncoding.Utf8,
                        "windows-1252" or "cp1252" => TextEncoding.Windows1252,
                        var other => throw new ArgumentException($"Encoding '{other}' is not utf-8 or windows-1252."),
                    } },
                    "--dry-run" => o with { DryRun = true },
                    "--repair" => o with { Repair = true },
                    "--keep-outside-district" => o with { KeepOutsideDistrict = true },
                    "--area-kind" => o with { AreaKind = AreaKind(Value()) },
                    "--code-property" => o with { CodeProperty = Value() },
                    "--name-property" => o with { NameProperty = Value() },
                    "--link-metres" => o with { LinkDistanceMetres = Positive(Value()) },
                    "--link-days" => o with { LinkWindow = TimeSpan.FromDays(Positive(Value())) },
                    "--max-mb" => o with { MaxBytes = long.Parse(Value(), CultureInfo.InvariantCulture) << 20 },
                    "--rejected-out" => SetRejected(o, Value(), out rejectedOut),
                    _ => throw new ArgumentException($"Unknown option {args[i]}"),
                };
            }
            catch (Exception e) when (e is ArgumentException or FormatException) { return e.Message; }
        }
        if (o.Sensitivity is not ("official" or "official_sensitive")) return $"Sensitivity '{o.Sensitivity}' is not official or official_sensitive.";
        options = o;
        return null;
    }

    /// <summary>The command line runs as the server's operator, who may import every kind of area.</summary>
    private static string AreaKind(string value) =>
        Areas.SharedAreas.Refusal(null, value.ToLowerInvariant()) is { } refusal ? throw new ArgumentException(refusal) : value.ToLowerInvariant();

    private static double Positive(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number : throw new ArgumentException($"'{value}' is not a positive number.");

    private static ImportOptions SetRejected(ImportOptions o, string path, out string rejectedOut)
    {
        rejectedOut = path;
        return o;
    }
}
