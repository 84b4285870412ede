namespace Hotspots.Analysis;

/// <summary>The length of one time step of a space-time cube.</summary>
public enum TimeStep { Day, Week, Month }

public static class TimeSteps
{
    public static TimeStep Parse(string text) => text.ToLowerInvariant() switch
    {
        "day" => TimeStep.Day,
        "week" => TimeStep.Week,
        "month" => TimeStep.Month,
        _ => throw new UsageException($"--time-step must be day, week or month (got '{text}')."),
    };

    /// <summary>Step number counted from the first incident's day, week (7 days from that day) or calendar month.</summary>
    public static int IndexOf(DateOnly date, DateOnly first, TimeStep step) => step switch
    {
        TimeStep.Day => date.DayNumber - first.DayNumber,
        TimeStep.Week => (date.DayNumber - first.DayNumber) / 7,
        _ => (date.Year - first.Year) * 12 + date.Month - first.Month,
    };

    /// <summary>The first day of step <paramref name="index"/> (for months, the first of the calendar month).</summary>
    public static DateOnly StartOf(int index, DateOnly first, TimeStep step) => step switch
    {
        TimeStep.Day => first.AddDays(index),
        TimeStep.Week => first.AddDays(7 * index),
        _ => new DateOnly(first.Year, first.Month, 1).AddMonths(index),
    };
}
