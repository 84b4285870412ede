using System.Text.Json;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Imports;

/// <summary>
/// The import engine, for the command line now and the GraphQL mutation and the client's wizard later:
/// a stream in, every row accounted for, a summary out. Throws <see cref="ImportRefused"/> when nothing can be read.
/// </summary>
public sealed class Importer(NpgsqlDataSource dataSource)
{
    private readonly UnitOfWork units = new(dataSource);

    private static readonly JsonSerializerOptions ProfileJson = new() { PropertyNameCaseInsensitive = true };

    public async Task<ImportSummary> Import(Stream stream, ImportOptions options, Action<ImportProgress>? progress = null,
        TextWriter? rejectedOut = null, CancellationToken cancel = default)
    {
        var started = DateTimeOffset.UtcNow;
        var notes = new List<string>();
        var importer = options.Importer ?? Access.Viewer.NoOne;
        await units.Read(importer, work => CheckAgency(work, options.Agency), cancel);
        // The import itself runs on a connection of its own (see ImportRun).
        await using var connection = await dataSource.OpenConnectionAsync(cancel);
        SourceFile? file = null;
        try
        {
            file = await SourceFile.Inspect(stream, options.MaxBytes, options.Encoding, cancel);
            if (await units.Read(importer, work => EarlierImports.Complete(work, file.Sha256, options.Kind), cancel) is { } earlier)
                return new ImportSummary(earlier, 0, 0, 0, 0, 0, [], [$"This file was already imported (import {earlier}): nothing was added."],
                    options.DryRun, earlier);
            var run = new ImportRun(connection, file, options, notes, progress, started);
            var rejected = rejectedOut is null ? null : new RejectedRows(rejectedOut, Hotspots.Incidents.Marking.Text(Database.Codes.Parse<Hotspots.Incidents.Sensitivity>(options.Sensitivity)));
            if (await OpenFeatures(file, options, cancel) is { } features)
                using (features) return await FromFeatures(run, features, options, rejected, cancel);
            if (file.EncodingNote is not null) notes.Add(file.EncodingNote);
            return options.Kind switch
            {
                ImportKind.Incidents or ImportKind.PoliceUk => await Incidents(run, file, options, rejected, notes, cancel),
                ImportKind.Postcodes => await Postcodes(run, file, rejected, notes, cancel),
                ImportKind.Areas => await Features(run, file, new AreaTarget(), AreaTarget.Reader(options), rejected, cancel),
                ImportKind.OsmBusinesses => await Features(run, file, new RiskBusinessTarget(), OsmSectors.Read, rejected, cancel),
                ImportKind.RiskBusinesses => LooksLikeJson(file)
                    ? await Features(run, file, new RiskBusinessTarget(), RiskBusinessTarget.Read, rejected, cancel)
                    : await Places(run, file, new RiskBusinessTarget(), RiskBusinessTarget.Read, "risk businesses", "name", "sector", rejected, cancel),
                ImportKind.Premises => LooksLikeJson(file)
                    ? await Features(run, file, new PremisesTarget(), PremisesTarget.Read, rejected, cancel)
                    : await Places(run, file, new PremisesTarget(), PremisesTarget.Read, "premises", "address", "use", rejected, cancel),
                _ => throw new ImportRefused($"Unknown kind {options.Kind}."),
            };
        }
        catch (ImportRefused refused) when (!options.DryRun)
        {
            await units.Run(importer, work => RecordRefusal(work, file?.Sha256 ?? "", options, started, refused.Message), cancel);
            throw;
        }
    }

    private async Task<ImportSummary> Incidents(ImportRun run, SourceFile file, ImportOptions options, RejectedRows? rejected,
        List<string> notes, CancellationToken cancel)
    {
        var mapping = await Mapping(options, cancel);
        if (LooksLikeJson(file))
        {
            using var features = await GeoJsonRows.Open(file, cancel);
            var fromProperties = IncidentColumns.ForPartner(mapping ?? new IncidentMapping([]), features.PropertyNames(), hasGeometry: true);
            return await run.Run(new IncidentTarget(), features.Read(cancel), new IncidentReader(fromProperties).Read,
                () => file.Stream.Position, rejected, cancel);
        }
        using var csv = new CsvRows(file, hasHeader: true);
        if (csv.Separator != ',') notes.Add($"Columns are separated by {Name(csv.Separator)}, not commas.");
        var columns = options.Kind == ImportKind.PoliceUk
            ? IncidentColumns.ForPoliceUk(mapping, csv.Headers)
            : IncidentColumns.ForPartner(mapping ?? new IncidentMapping([]), csv.Headers);
        rejected?.UseCsvHeader(csv.Headers, csv.Separator);
        var reader = new IncidentReader(columns);
        return await run.Run(new IncidentTarget(), csv.Read(cancel), reader.Read, () => csv.BytesRead, rejected, cancel);
    }

    /// <summary>A zipped Shapefile or a GeoPackage, known by its first bytes; null for text files.</summary>
    private static async Task<FeatureRows?> OpenFeatures(SourceFile file, ImportOptions options, CancellationToken cancel)
    {
        var start = new byte[16];
        var length = await file.Stream.ReadAsync(start, cancel);
        file.Stream.Position = 0;
        if (start.AsSpan(0, length).StartsWith("PK\u0003\u0004"u8)) return ShapefileZip.Open(file.Stream, options.Layer, options.MaxBytes);
        if (start.AsSpan(0, length).StartsWith("SQLite format 3"u8)) return await GeoPackageFile.Open(file.Stream, options.Layer, cancel);
        return null;
    }

    private async Task<ImportSummary> FromFeatures(ImportRun run, FeatureRows features, ImportOptions options, RejectedRows? rejected,
        CancellationToken cancel)
    {
        var rows = features.Read(cancel);
        long Position() => 0;
        switch (options.Kind)
        {
            case ImportKind.Incidents:
                var mapping = await Mapping(options, cancel);
                var columns = IncidentColumns.ForPartner(mapping ?? new IncidentMapping([]), features.PropertyNames, hasGeometry: true);
                return await run.Run(new IncidentTarget(), rows, new IncidentReader(columns).Read, Position, rejected, cancel);
            case ImportKind.Premises: return await run.Run(new PremisesTarget(), rows, PremisesTarget.Read, Position, rejected, cancel);
            case ImportKind.RiskBusinesses: return await run.Run(new RiskBusinessTarget(), rows, RiskBusinessTarget.Read, Position, rejected, cancel);
            case ImportKind.OsmBusinesses: return await run.Run(new RiskBusinessTarget(), rows, OsmSectors.Read, Position, rejected, cancel);
            case ImportKind.Areas: return await run.Run(new AreaTarget(), rows, AreaTarget.Reader(options), Position, rejected, cancel);
            default: throw new ImportRefused($"{options.Kind} come as CSV, not as a Shapefile or GeoPackage.");
        }
    }

    private static async Task<ImportSummary> Postcodes(ImportRun run, SourceFile file, RejectedRows? rejected, List<string> notes, CancellationToken cancel)
    {
        using var csv = new CsvRows(file, hasHeader: false, PostcodeTarget.CodePointColumns);
        rejected?.UseCsvHeader(csv.Headers, csv.Separator);
        return await run.Run(new PostcodeTarget(), csv.Read(cancel), PostcodeTarget.Read, () => csv.BytesRead, rejected, cancel);
    }

    private static async Task<ImportSummary> Features<T>(ImportRun run, SourceFile file, ImportTarget<T> target,
        Func<SourceRow, (T?, string?)> read, RejectedRows? rejected, CancellationToken cancel) where T : class
    {
        using var features = await GeoJsonRows.Open(file, cancel);
        return await run.Run(target, features.Read(cancel), read, () => file.Stream.Position, rejected, cancel);
    }

    private static async Task<ImportSummary> Places<T>(ImportRun run, SourceFile file, ImportTarget<T> target,
        Func<SourceRow, (T?, string?)> read, string kind, string nameColumn, string codeColumn, RejectedRows? rejected, CancellationToken cancel)
        where T : class
    {
        using var csv = new CsvRows(file, hasHeader: true);
        PlaceLocation.CheckColumns(csv, kind, nameColumn, codeColumn);
        rejected?.UseCsvHeader(csv.Headers, csv.Separator);
        return await run.Run(target, csv.Read(cancel), read, () => csv.BytesRead, rejected, cancel);
    }

    /// <summary>An agency we do not know is refused before anything is written, listing the agencies we do know.</summary>
    private static async Task<bool> CheckAgency(Work work, string agency)
    {
        var known = await work.List("SELECT code FROM agencies ORDER BY code", r => r.GetString(0));
        return known.Contains(agency) ? true :
            throw new ImportRefused($"Unknown agency '{agency}': give one of {string.Join(", ", known)} (--agency).");
    }

    private static bool LooksLikeJson(SourceFile file)
    {
        var first = file.Stream.ReadByte();
        while (first is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF) first = file.Stream.ReadByte();
        file.Stream.Position = 0;
        return first == '{';
    }

    private static string Name(char separator) => separator switch { ';' => "semicolons", '\t' => "tabs", '|' => "bars", _ => $"'{separator}'" };

    /// <summary>The mapping given, else the saved profile named, else none.</summary>
    private async Task<IncidentMapping?> Mapping(ImportOptions options, CancellationToken cancel)
    {
        if (options.Mapping is not null || options.Profile is not { } name) return options.Mapping;
        return await units.Read(options.Importer ?? Access.Viewer.NoOne, work => work.Scalar<string>(
                "SELECT mapping::text FROM import_profiles WHERE agency = $1 AND name = $2", options.Agency, name), cancel) is { } json
            ? JsonSerializer.Deserialize<IncidentMapping>(json, ProfileJson)!
            : throw new ImportRefused($"No import profile '{name}' for agency '{options.Agency}'.");
    }

    private static Task<int> RecordRefusal(Work work, string sha256, ImportOptions options, DateTimeOffset started, string message) =>
        work.Execute("""
            INSERT INTO imports (kind, file_name, sha256, agency, sensitivity, lawful_basis, agreement_reference, imported_by, started_at, status, message)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'refused', $10)
            """, Database.Codes.Of(options.Kind), options.FileName, sha256, options.Agency, options.Sensitivity, options.LawfulBasis, options.AgreementReference, options.ImportedBy, started, message);
}
