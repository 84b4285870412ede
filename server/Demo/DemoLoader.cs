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
public sealed class DemoLoader(UnitOfWork units, Accounts accounts, DemoPartnership partnership, IConfiguration configuration, ILogger<DemoLoader> log)
    : IHostedService
{
    private static readonly GeometryFactory Grid = new(new PrecisionModel(), 27700);

    public async Task StartAsync(CancellationToken cancel)
    {
        if (!configuration.GetValue<bool>("Hotspots:LoadDemoData")) return;
        await DemoAccounts.Seed(accounts, cancel);
        await units.Run(Viewer.NoOne, work => LoadPostcodes(work, Path.Combine(Folder(configuration), "postcodes.csv")), cancel);
        var folder = Folder(configuration);
        // The COPYs run on the unit's own connection, inside its transaction: the district loads whole or not at all.
        var loaded = await units.Run(Viewer.NoOne, async work =>
        {
            if (await work.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM areas) OR EXISTS (SELECT 1 FROM incidents)")) return null;
            await LoadAreas(work, Path.Combine(folder, "areas.geojson"));
            var incidents = await Copy(work, Path.Combine(folder, "incidents.csv"), """
                incidents (source_reference, occurred_from, occurred_to, reported_on, exploitation_type, victim_age_group,
                    source_agency, intelligence_grade, location_precision, sensitivity, lawful_basis, agreement_reference, location)
                """, WriteIncident);
            var premises = await Copy(work, Path.Combine(folder, "premises.csv"), "premises (reference, address, postcode, use, location)", WritePremises);
            var businesses = await Copy(work, Path.Combine(folder, "risk-businesses.csv"),
                "risk_businesses (reference, name, sector, address, postcode, location)", WriteRiskBusiness);
            return ((int, int, int)?)(incidents, premises, businesses);
        }, cancel);
        if (loaded is not { } counts) return;
        log.LogInformation("Loaded demo data from {Folder}: {Incidents} incidents, {Premises} premises, {Businesses} risk businesses",
            folder, counts.Item1, counts.Item2, counts.Item3);
        await partnership.Seed(DateOnly.FromDateTime(DateTime.Now), cancel);
    }

    // Postcodes are reference data, not demo records: they are loaded whenever the table is empty, even into a
    // database that already holds incidents, so postcode-only rows place themselves.
    private async Task LoadPostcodes(Work work, string path)
    {
        if (!File.Exists(path) || await work.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM postcodes)")) return;
        var rows = await Copy(work, path,
            "postcodes (postcode, positional_quality, admin_district_code, admin_ward_code, location)", WritePostcode);
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

    private static async Task LoadAreas(Work work, string path)
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path, work.Cancel));
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            await work.Execute("""
                INSERT INTO areas (code, name, kind, boundary) VALUES ($1, $2, $3, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($4), 27700)))
                """, properties.GetProperty("code").GetString(), properties.GetProperty("name").GetString(), properties.GetProperty("kind").GetString(), feature.GetProperty("geometry").GetRawText());
        }
    }

    private static async Task<int> Copy(Work work, string path, string target, Func<CsvReader, NpgsqlBinaryImporter, CancellationToken, Task> write)
    {
        var (connection, cancel) = (work.Connection, work.Cancel);
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true });
        await csv.ReadHeaderAsync(cancel);
        // COPY needs the connection itself; it is the unit's, inside its transaction.
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
