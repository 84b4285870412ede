namespace Hotspots.Incidents;

/// <summary>
/// The Government Security Classification of what a response shows: the highest marking of the records in it that
/// the viewer sees in full. Counts in cells and signposts carry no victim detail, so on their own they are OFFICIAL.
/// </summary>
public static class Marking
{
    public static string Text(Sensitivity marking) => marking == Sensitivity.OfficialSensitive ? "OFFICIAL-SENSITIVE" : "OFFICIAL";

    public static Sensitivity Highest(IEnumerable<Sensitivity> markings) =>
        markings.Contains(Sensitivity.OfficialSensitive) ? Sensitivity.OfficialSensitive : Sensitivity.Official;

    /// <summary>An aggregate over rows with a <c>sensitivity</c> column: the highest code, official when there are none.</summary>
    public const string HighestCode = "CASE WHEN bool_or(sensitivity = 'official_sensitive') THEN 'official_sensitive' ELSE 'official' END";

    public const string Description = "The highest Government Security Classification of what this shows: OFFICIAL_SENSITIVE when it " +
        "includes such a record in full, otherwise OFFICIAL (counts and signposts carry no victim detail). Show it as a banner and on anything printed.";
}
