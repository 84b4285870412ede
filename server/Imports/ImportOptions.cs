using Hotspots.Access;

namespace Hotspots.Imports;

/// <summary>Everything an import needs besides the file: who shares it, on what basis, and how to read it.</summary>
public sealed record ImportOptions(ImportKind Kind, string FileName)
{
    public string Agency { get; init; } = "police";
    public string Sensitivity { get; init; } = "official";
    public string? LawfulBasis { get; init; }
    public string? AgreementReference { get; init; }
    public string ImportedBy { get; init; } = Environment.UserName;
    /// <summary>
    /// The signed-in person importing over the API: they are told of other records (links, duplicates) only as far as
    /// they may see them in full. Null on the command line, run by the server's operator, who holds the database itself.
    /// </summary>
    public Viewer? Importer { get; init; }
    /// <summary>A saved mapping in import_profiles for this agency; without one, columns are guessed.</summary>
    public string? Profile { get; init; }
    public IncidentMapping? Mapping { get; init; }
    public string? Layer { get; init; }
    /// <summary>The encoding of a text file, when its sender says; without it UTF-8 is tried, then Windows-1252.</summary>
    public TextEncoding? Encoding { get; init; }
    public bool DryRun { get; init; }
    public bool Repair { get; init; }
    public string AreaKind { get; init; } = "ward";
    public string CodeProperty { get; init; } = "code";
    public string NameProperty { get; init; } = "name";
    /// <summary>Rows outside the district are rejected; with this they are imported and noted instead.</summary>
    public bool KeepOutsideDistrict { get; init; }
    public long MaxBytes { get; init; } = 2L << 30;
    public double LinkDistanceMetres { get; init; } = 50;
    public TimeSpan LinkWindow { get; init; } = TimeSpan.FromDays(7);
    /// <summary>Test hook: throw after this many rows were staged, to prove a failed import leaves nothing.</summary>
    public int? FailAfterRows { get; init; }
}
