using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Incidents;

namespace Hotspots.Imports;

public sealed class ColumnChoice
{
    public string Field { get; set; } = "";
    public string Column { get; set; } = "";
}

/// <summary>What the person importing says about the file, as the API takes it.</summary>
public sealed class ImportChoices
{
    public string? Agency { get; set; }
    public Sensitivity? Sensitivity { get; set; }
    public string? LawfulBasis { get; set; }
    public string? AgreementReference { get; set; }
    public string? Profile { get; set; }
    public string? Layer { get; set; }
    public TextEncoding? Encoding { get; set; }
    public List<ColumnChoice>? Columns { get; set; }
    public Coordinates? Coordinates { get; set; }
    public bool? KeepOutsideDistrict { get; set; }
    public bool? Repair { get; set; }
    public string? AreaKind { get; set; }
    public string? CodeProperty { get; set; }
    public string? NameProperty { get; set; }

    /// <summary>
    /// The options for the engine. Only analysts and administrators import; the rows belong to the viewer's agency
    /// unless an administrator names another. The shared boundaries and postcodes are the administrators' alone.
    /// </summary>
    public ImportOptions For(ImportKind kind, string fileName, Viewer viewer, long maxBytes)
    {
        if (viewer.Role is not (Role.Analyst or Role.Administrator))
            throw new ImportRefused("Only analysts and administrators can import data.");
        if (Agency is { } other && other != viewer.Agency && viewer.Role != Role.Administrator)
            throw new ImportRefused($"Analysts import for their own agency ({viewer.Agency}); ask an administrator to import for {other}.");
        if (kind == ImportKind.Postcodes && viewer.Role != Role.Administrator)
            throw new ImportRefused("The postcodes table places every agency's postcode-only rows: only administrators import Code-Point Open.");
        var areaKind = AreaKind?.Trim().ToLowerInvariant() ?? SharedAreas.DefaultKindFor(viewer);
        if (kind == ImportKind.Areas && SharedAreas.Refusal(viewer, areaKind) is { } refusal) throw new ImportRefused(refusal);
        return new ImportOptions(kind, fileName)
        {
            Agency = Agency ?? viewer.Agency, ImportedBy = viewer.Username, Importer = viewer, MaxBytes = maxBytes,
            Sensitivity = Database.Codes.Of(Sensitivity ?? Incidents.Sensitivity.Official),
            LawfulBasis = LawfulBasis, AgreementReference = AgreementReference, Profile = Profile, Layer = Layer, Encoding = Encoding,
            Mapping = Columns is { Count: > 0 } || Coordinates is not null
                ? new IncidentMapping((Columns ?? []).ToDictionary(c => c.Field, c => c.Column.Trim()), Coordinates: Coordinates) : null,
            KeepOutsideDistrict = KeepOutsideDistrict ?? false, Repair = Repair ?? false,
            AreaKind = areaKind, CodeProperty = CodeProperty ?? "code", NameProperty = NameProperty ?? "name",
        };
    }
}

public sealed class ValueChoice
{
    public string Field { get; set; } = "";
    public string From { get; set; } = "";
    public string To { get; set; } = "";
}
