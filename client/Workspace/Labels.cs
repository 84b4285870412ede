namespace Hotspots.Client.Workspace;

public static class Labels
{
    /// <summary>CHILD_CRIMINAL_EXPLOITATION or EnforcementOfficer → "Child criminal exploitation" / "Enforcement officer".</summary>
    public static string Of(string code)
    {
        var words = System.Text.RegularExpressions.Regex.Replace(code, "(?<=[a-z])(?=[A-Z])", " ").Replace('_', ' ').ToLowerInvariant();
        var text = words.Replace("hmo", "HMO");
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
