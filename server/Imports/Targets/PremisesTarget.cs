using Hotspots.Database;
using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Imports;

public sealed record PremisesRecord(string? Reference, string Address, string? Postcode, string Use, double? Easting, double? Northing);

/// <summary>Premises of interest (addresses, HMOs, farms): features or CSV rows with reference, address, postcode and use.</summary>
public sealed class PremisesTarget : ImportTarget<PremisesRecord>
{
    private static readonly HashSet<string> Uses = ["residential", "hmo", "commercial", "agricultural", "other"];

    public override string StagingColumns => "reference text, address text, postcode text, use text, easting float8, northing float8";
    public override string CopyColumns => "reference, address, postcode, use, easting, northing";

    public static (PremisesRecord?, string?) Read(SourceRow row)
    {
        if (row["address"] is not { } address) return (null, "address is empty");
        var use = row["use"]?.ToLowerInvariant() ?? "other";
        if (!Uses.Contains(use)) return (null, $"use '{row["use"]}' is not one of: {string.Join(", ", Uses)}");
        var (e, n, postcode, problem) = PlaceLocation.Of(row);
        return problem is null ? (new PremisesRecord(row["reference"], address, postcode ?? row["postcode"], use, e, n), null) : (null, problem);
    }

    public override void Write(NpgsqlBinaryImporter copy, PremisesRecord? r)
    {
        if (r is null) { for (var i = 0; i < 6; i++) copy.WriteNull(); return; }
        WriteNullable(copy, r.Reference, NpgsqlDbType.Text);
        copy.Write(r.Address, NpgsqlDbType.Text);
        WriteNullable(copy, r.Postcode, NpgsqlDbType.Text);
        copy.Write(r.Use, NpgsqlDbType.Text);
        WriteNullable(copy, r.Easting, NpgsqlDbType.Double);
        WriteNullable(copy, r.Northing, NpgsqlDbType.Double);
    }

    public override async Task<int> Finish(Work work, long importId, ImportOptions options, PhaseTimes times, RunProgress steps)
    {
        steps.Writing("checking and writing", 0.1);
        await FinishPlaces(work, "premises", "premises", "reference, address, postcode, use", importId, options);
        return 0;
    }
}
