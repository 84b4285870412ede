using Hotspots.Database;
using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Imports;

public sealed record RiskBusinessRecord(string? Reference, string Name, string Sector, string? Address, string? Postcode, double? Easting, double? Northing);

/// <summary>Businesses in sectors where exploitation is often found, clipped to the district when one is loaded.</summary>
public sealed class RiskBusinessTarget : ImportTarget<RiskBusinessRecord>
{
    public static readonly HashSet<string> Sectors = ["nail_bar", "beauty_salon", "hand_car_wash", "takeaway", "massage_parlour", "farm",
        "food_processing", "construction", "recruitment_agency", "hotel", "other"];

    public override string StagingColumns => "reference text, name text, sector text, address text, postcode text, easting float8, northing float8";
    public override string CopyColumns => "reference, name, sector, address, postcode, easting, northing";

    /// <summary>A feature or CSV row with reference, name, sector, address and postcode.</summary>
    public static (RiskBusinessRecord?, string?) Read(SourceRow row)
    {
        if (row["name"] is not { } name) return (null, "name is empty");
        if (row["sector"] is not { } sector || !Sectors.Contains(sector)) return (null, $"sector '{row["sector"]}' is not one of: {string.Join(", ", Sectors)}");
        var (e, n, postcode, problem) = PlaceLocation.Of(row);
        return problem is null ? (new RiskBusinessRecord(row["reference"], name, sector, row["address"], postcode ?? row["postcode"], e, n), null) : (null, problem);
    }

    public override void Write(NpgsqlBinaryImporter copy, RiskBusinessRecord? r)
    {
        if (r is null) { for (var i = 0; i < 7; i++) copy.WriteNull(); return; }
        WriteNullable(copy, r.Reference, NpgsqlDbType.Text);
        copy.Write(r.Name, NpgsqlDbType.Text);
        copy.Write(r.Sector, NpgsqlDbType.Text);
        WriteNullable(copy, r.Address, NpgsqlDbType.Text);
        WriteNullable(copy, r.Postcode, NpgsqlDbType.Text);
        WriteNullable(copy, r.Easting, NpgsqlDbType.Double);
        WriteNullable(copy, r.Northing, NpgsqlDbType.Double);
    }

    public override async Task<int> Finish(Work work, long importId, ImportOptions options, PhaseTimes times, RunProgress steps)
    {
        steps.Writing("checking and writing", 0.1);
        await FinishPlaces(work, "risk_businesses", "risk business", "reference, name, sector, address, postcode", importId, options);
        return 0;
    }
}
