namespace Hotspots.Client.Access;

/// <summary>
/// The classification of each part of the page that shows server data (the map, a selected record, an analysis, a plan,
/// an operation), as the server marked it, so the banner can show the highest marking in view. Cleared on navigation.
/// </summary>
public sealed class MarkingsInView
{
    public const string Official = "OFFICIAL", OfficialSensitive = "OFFICIAL-SENSITIVE";

    private readonly Dictionary<string, string> shown = [];

    public event Action? Changed;

    public string Highest => shown.ContainsValue(OfficialSensitive) ? OfficialSensitive : Official;

    /// <summary>What a part now shows, in the server's enum spelling (OFFICIAL_SENSITIVE); null when it shows nothing.</summary>
    public void Show(string part, string? classification)
    {
        if (classification is null) shown.Remove(part);
        else shown[part] = classification == "OFFICIAL" ? Official : OfficialSensitive;
        Changed?.Invoke();
    }

    public void Clear()
    {
        shown.Clear();
        Changed?.Invoke();
    }
}
