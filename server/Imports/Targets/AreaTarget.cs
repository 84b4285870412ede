using Hotspots.Database;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Imports;

public sealed record AreaRecord(string? Code, string Name, Geometry Boundary);

/// <summary>Boundaries (wards, the district, LSOAs): invalid polygons are reported where they break, repaired only when asked.</summary>
public sealed class AreaTarget : ImportTarget<AreaRecord>
{
    public override string StagingColumns => "code text, name text, boundary geometry";
    public override string CopyColumns => "code, name, boundary";

    public static Func<SourceRow, (AreaRecord?, string?)> Reader(ImportOptions options) => row =>
    {
        if (row.ShapeProblem is { } problem) return (null, problem);
        if (row.Shape is not (Polygon or MultiPolygon)) return (null, $"the geometry is a {row.Shape!.GeometryType}, not a polygon");
        if (row[options.NameProperty] is not { } name)
            return (null, $"property '{options.NameProperty}' (the name) is empty or missing (use --name-property)");
        var shape = row.Shape.Copy();
        shape.SRID = row.ShapeSrid;
        return (new AreaRecord(row[options.CodeProperty], name, shape), null);
    };

    public override void Write(NpgsqlBinaryImporter copy, AreaRecord? r)
    {
        if (r is null) { for (var i = 0; i < 3; i++) copy.WriteNull(); return; }
        WriteNullable(copy, r.Code, NpgsqlDbType.Text);
        copy.Write(r.Name, NpgsqlDbType.Text);
        copy.Write(r.Boundary, NpgsqlDbType.Geometry);
    }

    public override async Task<int> Finish(Work work, long importId, ImportOptions options, PhaseTimes times, RunProgress steps)
    {
        // Checked in the file's own coordinates, so the reported location can be found in the partner's GIS.
        await work.Execute(options.Repair
            ? """
              UPDATE staged SET note = 'repaired with ST_MakeValid: ' || ST_IsValidReason(boundary),
                  boundary = ST_CollectionExtract(ST_MakeValid(boundary), 3)
              WHERE outcome IS NULL AND NOT ST_IsValid(boundary)
              """
            : """
              UPDATE staged SET outcome = 'rejected', reason = 'invalid polygon: ' || ST_IsValidReason(boundary) || ' (import with --repair to fix it)'
              WHERE outcome IS NULL AND NOT ST_IsValid(boundary)
              """);
        await work.Execute("UPDATE staged SET boundary = ST_Transform(boundary, 27700) WHERE outcome IS NULL AND ST_SRID(boundary) <> 27700");
        await work.Execute("""
            UPDATE staged s SET outcome = 'duplicate', duplicate_of = a.id, reason = 'already held as area ' || a.id
            FROM areas a WHERE s.outcome IS NULL AND a.kind = $1 AND a.code = s.code
            """, options.AreaKind);
        await MarkRepeats(work, "code");
        steps.Writing("writing", 0.5);
        await InsertNumbered(work, "areas", "code, name, kind, boundary, import_id",
            "code, name, $2, ST_Multi(ST_MakeValid(boundary)), $1", "line", importId, options.AreaKind);
        return 0;
    }
}
