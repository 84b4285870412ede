using System.Globalization;

namespace Hotspots.Api;

/// <summary>
/// One cell of every CSV file the server writes. Text that a spreadsheet would read as a formula (it begins with =, +,
/// -, @, tab or carriage return) is neutralised as OWASP's CSV-injection advice says: a single quote before it, and
/// the field quoted. Names come from outside the partnership (OSM imports, partners' files), so no writer may skip it.
/// </summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Of(string? value, char separator = ',')
    {
        value ??= "";
        // A plain number (a negative easting or longitude) cannot be a formula, and GIS tools must read it as a number.
        bool formula = value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0
            && !(double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number));
        if (formula) value = "'" + value;
        return formula || value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    public static string Row(IEnumerable<string?> values, char separator = ',') =>
        string.Join(separator, values.Select(v => Of(v, separator)));
}
