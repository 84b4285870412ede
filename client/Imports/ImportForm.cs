using Hotspots.Client.Api;

namespace Hotspots.Client.Imports;

/// <summary>What the person importing chooses; empty choices take the server's defaults (their agency, OFFICIAL).</summary>
public sealed class ImportForm
{
    public static readonly (string Kind, string Name)[] Kinds =
    [
        ("INCIDENTS", "Incidents (a partner's CSV, GeoJSON, Shapefile or GeoPackage)"), ("POLICE_UK", "data.police.uk street-level CSV"),
        ("PREMISES", "Premises"), ("RISK_BUSINESSES", "Risk businesses"), ("OSM_BUSINESSES", "OpenStreetMap businesses"),
        ("AREAS", "Area boundaries"), ("POSTCODES", "Postcodes (Code-Point Open)"),
    ];

    /// <summary>The browser holds the file in memory to send it, so very large files go through ./hotspots import instead.</summary>
    public const long MaxBytes = 512L << 20;

    public string Kind { get; set; } = "INCIDENTS";
    public string Agency { get; set; } = "";
    public string Sensitivity { get; set; } = "OFFICIAL";
    public string LawfulBasis { get; set; } = "";
    public string AgreementReference { get; set; } = "";
    public string Layer { get; set; } = "";
    public string Encoding { get; set; } = "";

    public string? ForAgency => Blank(Agency);
    public string? ForLayer => Blank(Layer);

    public ImportOptions Options(ColumnMapping? mapping) => new(Blank(Agency), Sensitivity, Blank(LawfulBasis), Blank(AgreementReference),
        Blank(Layer), mapping?.Choices(), mapping?.Coordinates, Blank(Encoding));

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
