namespace Hotspots.Demo;

/// <summary>The three years the demo incidents cover, ending the day before the product's demo date.</summary>
internal static class DemoPeriod
{
    public static readonly DateOnly First = new(2023, 12, 1);
    public static readonly DateOnly Last = new(2026, 11, 27);
    public static readonly int Days = Last.DayNumber - First.DayNumber + 1;

    /// <summary>0, 1 or 2: which of the period's three years a date falls in.</summary>
    public static int YearOf(DateOnly date) => Math.Clamp((date.DayNumber - First.DayNumber) / 365, 0, 2);
}
