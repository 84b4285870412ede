using System.Globalization;
using Hotspots.Database;
using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Imports;

public sealed record PostcodeRecord(string Postcode, short Quality, double Easting, double Northing, string? District, string? Ward);

/// <summary>OS Code-Point Open: one point per postcode, so rows given only a postcode can be placed.</summary>
public sealed class PostcodeTarget : ImportTarget<PostcodeRecord>
{
    // Code-Point Open has no header row; Doc/Code-Point_Open_Column_Headers.csv names the columns.
    public static readonly string[] CodePointColumns = ["PC", "PQ", "EA", "NO", "CY", "RH", "LH", "CC", "DC", "WC"];

    public override string StagingColumns =>
        "postcode text, positional_quality smallint, easting float8, northing float8, admin_district_code text, admin_ward_code text";

    public override string CopyColumns => "postcode, positional_quality, easting, northing, admin_district_code, admin_ward_code";

    public static (PostcodeRecord?, string?) Read(SourceRow row)
    {
        if (row["PC"] is not { } text || Postcodes.Normalise(text) is not { } postcode) return (null, $"postcode '{row["PC"]}' is not a UK postcode");
        if (!double.TryParse(row["EA"], CultureInfo.InvariantCulture, out var e) || !double.TryParse(row["NO"], CultureInfo.InvariantCulture, out var n))
            return (null, $"eastings '{row["EA"]}' or northings '{row["NO"]}' is not a number");
        if (e == 0 && n == 0) return (null, $"{postcode} has no coordinates (positional quality {row["PQ"]})");
        if (Grid.ProblemWithEastingNorthing(e, n) is { } problem) return (null, problem);
        short.TryParse(row["PQ"], CultureInfo.InvariantCulture, out var quality);
        return (new PostcodeRecord(postcode, quality, e, n, row["DC"], row["WC"]), null);
    }

    public override void Write(NpgsqlBinaryImporter copy, PostcodeRecord? r)
    {
        if (r is null) { for (var i = 0; i < 6; i++) copy.WriteNull(); return; }
        copy.Write(r.Postcode, NpgsqlDbType.Text);
        copy.Write(r.Quality, NpgsqlDbType.Smallint);
        copy.Write(r.Easting, NpgsqlDbType.Double);
        copy.Write(r.Northing, NpgsqlDbType.Double);
        WriteNullable(copy, r.District, NpgsqlDbType.Text);
        WriteNullable(copy, r.Ward, NpgsqlDbType.Text);
    }

    public override async Task<int> Finish(Work work, long importId, ImportOptions options, PhaseTimes times, RunProgress steps)
    {
        await MarkRepeats(work, "postcode");
        steps.Writing("writing", 0.1);
        // A newer Code-Point release moves and retires postcodes: the latest file wins.
        await InBatches(work, """
            WITH written AS (
                INSERT INTO postcodes (postcode, location, positional_quality, admin_district_code, admin_ward_code)
                SELECT postcode, ST_SetSRID(ST_MakePoint(easting, northing), 27700), positional_quality, admin_district_code, admin_ward_code
                FROM staged WHERE outcome IS NULL AND ctid >= $2 AND ctid < $3
                ON CONFLICT (postcode) DO UPDATE SET location = excluded.location, positional_quality = excluded.positional_quality,
                    admin_district_code = excluded.admin_district_code, admin_ward_code = excluded.admin_ward_code)
            INSERT INTO import_rows (import_id, line, outcome) SELECT $1, line, 'imported' FROM staged
            WHERE outcome IS NULL AND ctid >= $2 AND ctid < $3
            """, done => steps.Writing("writing", 0.1 + 0.8 * done), importId);
        return 0;
    }
}
