namespace Hotspots.Imports;

/// <summary>
/// How the rows of one incident file are read: the column of each field, and the habits of the format
/// (police.uk gives street-level points, whole months, and sometimes no crime ID).
/// </summary>
public sealed record IncidentColumns(Dictionary<string, string> Columns, IncidentMapping Mapping, string Precision,
    bool HashMissingReference, string? DefaultExploitationType)
{
    public string? Column(string field) => Columns.GetValueOrDefault(field);

    /// <summary>Columns for a partner's own CSV, refused with a specific message when a needed one is missing.</summary>
    public static IncidentColumns ForPartner(IncidentMapping mapping, IReadOnlyList<string> headers, bool hasGeometry = false)
    {
        var columns = mapping.Resolve(headers);
        var found = new HashSet<string>(headers, StringComparer.OrdinalIgnoreCase);
        foreach (var (field, column) in columns.Where(c => !found.Contains(c.Value)).ToList())
        {
            if (mapping.Columns.ContainsKey(field))
                throw new ImportRefused($"The mapping says {field} is in column '{column}', but there is no such column. Columns found: {string.Join(", ", headers)}.");
            columns.Remove(field);
        }
        foreach (var field in new[] { "occurred_from", "exploitation_type" })
            if (!columns.ContainsKey(field)) throw Missing(field, headers);
        var located = hasGeometry || (columns.ContainsKey("easting") && columns.ContainsKey("northing"))
            || (columns.ContainsKey("longitude") && columns.ContainsKey("latitude")) || columns.ContainsKey("postcode");
        if (!located)
            throw new ImportRefused($"No location columns: expected easting and northing, longitude and latitude, or postcode. Columns found: {string.Join(", ", headers)}.");
        return new IncidentColumns(columns, mapping, "exact", false, null);
    }

    /// <summary>The police.uk street-level CSV (data.police.uk): fixed columns, so a missing one refuses the file.</summary>
    public static IncidentColumns ForPoliceUk(IncidentMapping? mapping, IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<string, string>
        {
            ["source_reference"] = "Crime ID", ["occurred_from"] = "Month", ["longitude"] = "Longitude",
            ["latitude"] = "Latitude", ["exploitation_type"] = "Crime type",
        };
        foreach (var column in columns.Values)
            if (!headers.Contains(column, StringComparer.OrdinalIgnoreCase))
                throw new ImportRefused($"Expected police.uk column '{column}' is missing. Columns found: {string.Join(", ", headers)}.");
        return new IncidentColumns(columns, mapping ?? new IncidentMapping([]), "street", true, "unknown");
    }

    private static ImportRefused Missing(string field, IReadOnlyList<string> headers) => new(
        $"Expected column '{field}' is missing (looked for: {string.Join(", ", IncidentMapping.LooksFor(field))}). " +
        $"Columns found: {string.Join(", ", headers)}. Map it with a profile (--profile).");
}
