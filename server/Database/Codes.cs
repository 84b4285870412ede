using System.Text.Json;

namespace Hotspots.Database;

/// <summary>Enums are stored as snake_case text codes (e.g. ChildCriminalExploitation ↔ child_criminal_exploitation).</summary>
public static class Codes
{
    public static string Of<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static T Parse<T>(string code) where T : struct, Enum =>
        Enum.Parse<T>(code.Replace("_", ""), ignoreCase: true);

    public static string[] Of<T>(IEnumerable<T> values) where T : struct, Enum => values.Select(Of).ToArray();
}
