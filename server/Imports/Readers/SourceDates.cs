using System.Globalization;
using System.Text.RegularExpressions;

namespace Hotspots.Imports;

/// <summary>A date as partners write it: ISO, British dd/MM/yyyy (with or without a time) or a whole month yyyy-MM.</summary>
public readonly record struct SourceDate(DateTimeOffset From, DateTimeOffset? To);

public static partial class SourceDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "d/M/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss",
    ];

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The date, or the reason it is not one, naming the field so the message can be acted on.</summary>
    public static (SourceDate? Date, string? Problem) Parse(string field, string text)
    {
        if (Month().IsMatch(text))
        {
            if (!DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
                return (null, $"{field} '{text}' is not a real month");
            return (new SourceDate(Local(month), Local(month.AddMonths(1)).AddTicks(-10)), null);
        }
        if (HasOffset().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            return (new SourceDate(withOffset, null), null);
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return (new SourceDate(Local(local), null), null);
        if (LooksLikeDate().IsMatch(text))
            return (null, $"{field} '{text}' is not a real date");
        return (null, $"{field} '{text}' is not a date in a format we read (yyyy-MM-dd, dd/MM/yyyy or yyyy-MM)");
    }

    private static DateTimeOffset Local(DateTime time) =>
        new(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), London.GetUtcOffset(time));

    [GeneratedRegex(@"^\d{4}-\d{2}$")] private static partial Regex Month();
    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$")] private static partial Regex HasOffset();
    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})")] private static partial Regex LooksLikeDate();
}
