using System.Text.RegularExpressions;

namespace Hotspots.Imports;

public static partial class Postcodes
{
    /// <summary>A UK postcode as Code-Point Open and our postcodes table hold it ("HD1 1AA"), or null if it is not one.</summary>
    public static string? Normalise(string text)
    {
        var compact = new string(text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Shape().IsMatch(compact) ? $"{compact[..^3]} {compact[^3..]}" : null;
    }

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")] private static partial Regex Shape();
}
