namespace Hotspots.Client.Imports;

/// <summary>How to read the file and whose rows they are; null parts take the server's defaults.</summary>
public sealed record ImportOptions(string? Agency = null, string? Sensitivity = null, string? LawfulBasis = null,
    string? AgreementReference = null, string? Layer = null, List<ColumnGuess>? Columns = null, string? Coordinates = null,
    string? Encoding = null);

public sealed record ImportPreview(List<string> Columns, List<List<string>> FirstRows, List<ColumnGuess> GuessedMapping, List<SampleRow> Sample,
    ImportSummary? Summary, string? Refusal, List<GeoPackageLayer> Layers);

/// <summary>A feature layer of a GeoPackage: its name, declared geometry type and number of features.</summary>
public sealed record GeoPackageLayer(string Name, string GeometryType, long Features);

/// <summary>A field read from a column; an empty column means the file does not have that field.</summary>
public sealed record ColumnGuess(string Field, string Column);

public sealed record SampleRow(int Line, string? OccurredFrom, string? ExploitationType, string? VictimAgeGroup, string? SourceReference,
    string? Location, string? Problem);

public sealed record ImportSummary(string? ImportId, int Read, int Imported, int Duplicates, int Rejected, int Linked,
    List<RowProblem> FirstProblems, List<string> Notes, bool DryRun, string? AlreadyImportedAs);

public sealed record RowProblem(int Line, string Reason);

public sealed record ImportJob(string Id, string FileName, string Agency, string Status, string Phase, int RowsRead, double FractionRead,
    double FractionDone, ImportSummary? Summary, string? Message);

public sealed record ImportProfile(string Name, List<ColumnGuess> Columns, string? Coordinates);

public static class ImportQueries
{
    private const string Summary = "importId read imported duplicates rejected linked firstProblems { line reason } notes dryRun alreadyImportedAs";
    private const string Job = $"id fileName agency status phase rowsRead fractionRead fractionDone message summary {{ {Summary} }}";

    public static Task<ImportPreview> PreviewImport(this GraphQLClient client, string kind, ImportOptions options, string fileName, Stream file) =>
        client.Upload<ImportPreview>("previewImport", $$"""
            mutation($kind: ImportKind!, $file: Upload!, $options: ImportOptions) { previewImport(kind: $kind, file: $file, options: $options) {
              columns firstRows guessedMapping { field column } refusal layers { name geometryType features }
              sample { line occurredFrom exploitationType victimAgeGroup sourceReference location problem } summary { {{Summary}} } } }
            """, new() { ["kind"] = kind, ["options"] = options }, fileName, file);

    public static Task<ImportJob> StartImport(this GraphQLClient client, string kind, ImportOptions options, string fileName, Stream file) =>
        client.Upload<ImportJob>("startImport", $$"""
            mutation($kind: ImportKind!, $file: Upload!, $options: ImportOptions) { startImport(kind: $kind, file: $file, options: $options) { {{Job}} } }
            """, new() { ["kind"] = kind, ["options"] = options }, fileName, file);

    public static Task<ImportJob?> ImportJob(this GraphQLClient client, string id, CancellationToken cancel) =>
        client.Field<ImportJob?>("importJob", $"query($id: ID!) {{ importJob(id: $id) {{ {Job} }} }}", new { id }, cancel);

    /// <summary>GET /imports/{id}/rejected.csv: every rejected row with its line, reason and text.</summary>
    public static Task<byte[]> RejectedRowsCsv(this GraphQLClient client, string importId) => client.Download($"imports/{importId}/rejected.csv");

    public static Task<List<ImportProfile>> ImportProfiles(this GraphQLClient client, string? agency) =>
        client.Field<List<ImportProfile>>("importProfiles",
            "query($agency: String) { importProfiles(agency: $agency) { name columns { field column } coordinates } }", new { agency });

    public static Task<ImportProfile> SaveImportProfile(this GraphQLClient client, string? agency, string name, List<ColumnGuess> columns,
        string coordinates) =>
        client.Field<ImportProfile>("saveImportProfile", """
            mutation($agency: String, $name: String!, $columns: [ColumnChoice!]!, $coordinates: Coordinates) {
              saveImportProfile(agency: $agency, name: $name, columns: $columns, coordinates: $coordinates) { name columns { field column } coordinates } }
            """, new { agency, name, columns, coordinates });
}
