using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Hotspots.Access;
using Hotspots.Database;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Demo;

/// <summary>Loads gis-data/ into an empty database on first start, so a new user sees a working district.</summary>
public sealed class DemoLoader(NpgsqlDataSource dataSource, Accounts accounts, DemoPartnership partnership, IConfiguration configuration, ILogger<DemoLoader> log)
    : IHostedService
{
    private static readonly GeometryFactory Grid = new(new PrecisionModel(), 27700);

    public async Task StartAsync(CancellationToken cancel)
    {
        if (!configuration.GetValue<bool>("Hotspots:LoadDemoData")) return;
        await DemoAccounts.Seed(accounts, cancel);
        await using var connection = await dataSource.OpenConnectionAsync(cancel);
        await LoadPostcodes(connection, Path.Combine(Folder(configuration), "postcodes.csv"), cancel);
        await using (var check = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM areas) OR EXISTS (SELECT 1 FROM incidents)", connection))
            if ((bool)(await check.ExecuteScalarAsync(cancel))!) return;
        var folder = Folder(configuration);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await LoadAreas(connection, Path.Combine(folder, "areas.geojson"), cancel);
        var incidents = await Copy(connection, Path.Combine(folder, "incidents.csv"), """
            incidents (source_reference, occurred_from, occurred_to, reported_on, exploitation_type, victim_age_group,
                source_agency, intelligence_grade, location_precision, sensitivity, lawful_basis, agreement_reference, location)
            """, WriteIncident, cancel);
        var premises = await Copy(connection, Path.Combine(folder, "premises.csv"),
            "premises (reference, address, postcode, use, location)", WritePremises, cancel);
        var businesses = await Copy(connection, Path.Combine(folder, "risk-businesses.csv"),
            "risk_businesses (reference, name, sector, address, postcode, location)", WriteRiskBusiness, cancel);
        await transaction.CommitAsync(cancel);
        log.LogInformation("Loaded demo data from {Folder}: {Incidents} incidents, {Premises} premises, {Businesses} risk businesses",
            folder, incidents, premises, businesses);
        await partnership.Seed(DateOnly.FromDateTime(DateTime.Now), cancel);
    }

    // Postcodes are reference data, not demo records: they are loaded whenever the table is empty, even into a
    // database that already holds incidents, so postcode-only rows place themselves.
    private async Task LoadPostcodes(NpgsqlConnection connection, string path, CancellationToken cancel)
    {
        if (!File.Exists(path)) return;
        await using (var check = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM postcodes)", connection))
            if ((bool)(await check.ExecuteScalarAsync(cancel))!) return;
        var rows = await Copy(connection, path,
            "postcodes (postcode, positional_quality, admin_district_code, admin_ward_code, location)", WritePostcode, cancel);
        log.LogInformation("Loaded {Postcodes} Kirklees postcodes (Code-Point Open) from {Path}", rows, path);
    }

    public Task StopAsync(CancellationToken cancel) => Task.CompletedTask;

    public static string Folder(IConfiguration configuration)
    {
        if (configuration["Hotspots:DemoDataFolder"] is { Length: > 0 } configured) return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "gis-data", "areas.geojson"))) return Path.Combine(dir.FullName, "gis-data");
        throw new DirectoryNotFoundException("No gis-data folder with areas.geojson above the server; set Hotspots:DemoDataFolder.");
    }

    private static async Task LoadAreas(NpgsqlConnection connection, string path, CancellationToken cancel)
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path, cancel));
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            await using var insert = new NpgsqlCommand("""
                INSERT INTO areas (code, name, kind, boundary) VALUES ($1, $2, $3, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($4), 27700)))
                """, connection).With(properties.GetProperty("code").GetString(), properties.GetProperty("name").GetString(), properties.GetProperty("kind").GetString(), feature.GetProperty("geometry").GetRawText());
            await insert.ExecuteNonQueryAsync(cancel);
        }
    }

    private static async Task<int> Copy(NpgsqlConnection connection, string path, string target,
        Func<CsvReader, NpgsqlBinaryImporter, CancellationToken, Task> write, CancellationToken cancel)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true });
        await csv.ReadHeaderAsync(cancel);
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancel);
        // A million rows take longer than the default 30 s to finish (index entries are written at the end).
        importer.Timeout = TimeSpan.FromMinutes(15);
        var rows = 0;
        while (await csv.ReadAsync(cancel))
        {
            await importer.StartRowAsync(cancel);
            await write(csv, importer, cancel);
            rows++;
        }
        await importer.CompleteAsync(cancel);
        return rows;
    }

    private static async Task WriteIncident(CsvReader row, NpgsqlBinaryImporter copy, CancellationToken cancel)
    {
        await Text(copy, row, "source_reference", cancel);
        await copy.WriteAsync(DateTimeOffset.Parse(row.GetString("occurred_from"), CultureInfo.InvariantCulture).UtcDateTime, NpgsqlDbType.TimestampTz, cancel);
        if (row.GetString("occurred_to") is { Length: > 0 } to)
            await copy.WriteAsync(DateTimeOffset.Parse(to, CultureInfo.InvariantCulture).UtcDateTime, NpgsqlDbType.TimestampTz, cancel);
        else await copy.WriteNullAsync(cancel);
        if (row.GetString("reported_on") is { Length: > 0 } reported)
            await copy.WriteAsync(DateOnly.Parse(reported, CultureInfo.InvariantCulture), NpgsqlDbType.Date, cancel);
        else await copy.WriteNullAsync(cancel);
        foreach (var column in new[] { "exploitation_type", "victim_age_group", "source_agency", "intelligence_grade",
                     "location_precision", "sensitivity", "lawful_basis", "agreement_reference" })
            await Text(copy, row, column, cancel);
        await copy.WriteAsync(Point(row), cancel);
    }

    private static async Task WritePremises(CsvReader row, NpgsqlBinaryImporter copy, CancellationToken cancel)
    {
        foreach (var column in new[] { "reference", "address", "postcode", "use" }) await Text(copy, row, column, cancel);
        await copy.WriteAsync(Point(row), cancel);
    }

    private static async Task WriteRiskBusiness(CsvReader row, NpgsqlBinaryImporter copy, CancellationToken cancel)
    {
        foreach (var column in new[] { "reference", "name", "sector", "address", "postcode" }) await Text(copy, row, column, cancel);
        await copy.WriteAsync(Point(row), cancel);
    }

    private static async Task WritePostcode(CsvReader row, NpgsqlBinaryImporter copy, CancellationToken cancel)
    {
        await Text(copy, row, "postcode", cancel);
        await copy.WriteAsync(short.Parse(row.GetString("positional_quality"), CultureInfo.InvariantCulture), NpgsqlDbType.Smallint, cancel);
        await Text(copy, row, "admin_district_code", cancel);
        await Text(copy, row, "admin_ward_code", cancel);
        await copy.WriteAsync(Point(row), cancel);
    }

    private static async Task Text(NpgsqlBinaryImporter copy, CsvReader row, string column, CancellationToken cancel)
    {
        if (row.GetString(column) is { Length: > 0 } value) await copy.WriteAsync(value, NpgsqlDbType.Text, cancel);
        else await copy.WriteNullAsync(cancel);
    }

    private static Geometry Point(CsvReader row) => Grid.CreatePoint(new Coordinate(
        double.Parse(row.GetString("easting"), CultureInfo.InvariantCulture), double.Parse(row.GetString("northing"), CultureInfo.InvariantCulture)));
}
