using Hotspots.Access;

namespace Hotspots.Areas;

/// <summary>
/// The partnership's own boundaries: the district, its wards and LSOAs. Every agency's signposts and counts are narrowed
/// to them, so only administrators add them (over the API, or the server's operator on the command line); the areas
/// anyone else imports or draws are their own, of kind custom. Hotspots come only from analysis.
/// </summary>
public static class SharedAreas
{
    public static readonly string[] Kinds = ["district", "ward", "lsoa"];

    public static readonly string[] Importable = [.. Kinds, "custom"];

    /// <summary>The kind an import makes when none is given: a ward for administrators, a custom area for everyone else.</summary>
    public static string DefaultKindFor(Viewer viewer) => viewer.Role == Role.Administrator ? "ward" : "custom";

    /// <summary>Null when the viewer (null: the operator) may import areas of this kind, else why not.</summary>
    public static string? Refusal(Viewer? viewer, string kind) =>
        !Importable.Contains(kind) ? $"Area kind '{kind}' is not one of {string.Join(", ", Importable)}."
        : Kinds.Contains(kind) && viewer is { Role: not Role.Administrator }
            ? $"Wards, LSOAs and the district are the partnership's shared boundaries, which signposts and counts are narrowed to: " +
              "only administrators import them. Import your own areas as custom (leave the area kind out)."
        : null;
}
