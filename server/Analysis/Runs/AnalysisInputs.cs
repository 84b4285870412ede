using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>The incidents an analysis may use for this viewer: exact where they see the record in full, the
/// centre of its grid cell where they may only count it; signposted records are left out.</summary>
public sealed record AnalysisPoints(long[] Ids, PointSet Points, bool Generalised, DateOnly[] Dates, Sensitivity Classification);

public sealed class AnalysisInputs(ReadOnlyDatabase reads)
{
    public async Task<AnalysisPoints> Load(Viewer viewer, IncidentFilter filter, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        await using var command = sql.Command(reads.DataSource, $"""
            SELECT id, ST_X(CASE access WHEN 'full' THEN location ELSE cell_centre END),
                ST_Y(CASE access WHEN 'full' THEN location ELSE cell_centre END), access = '{IncidentAccess.Generalised}',
                (occurred_from AT TIME ZONE 'UTC')::date, access = '{IncidentAccess.Full}' AND sensitivity = 'official_sensitive'
            FROM {IncidentAccess.Seen(sql, viewer, filter)} WHERE {IncidentAccess.InFilter(sql, filter)} ORDER BY id
            """);
        var ids = new List<long>();
        var xs = new List<double>();
        var ys = new List<double>();
        var dates = new List<DateOnly>();
        var generalised = false;
        var sensitive = false;
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            ids.Add(reader.GetInt64(0));
            xs.Add(reader.GetDouble(1));
            ys.Add(reader.GetDouble(2));
            generalised |= reader.GetBoolean(3);
            dates.Add(reader.GetFieldValue<DateOnly>(4));
            sensitive |= reader.GetBoolean(5);
        }
        return new AnalysisPoints([.. ids], new PointSet([.. xs], [.. ys]), generalised, [.. dates],
            sensitive ? Sensitivity.OfficialSensitive : Sensitivity.Official);
    }

    public async Task<Geometry> Boundary(long areaId, CancellationToken cancel)
    {
        await using var command = reads.DataSource.CreateCommand("SELECT boundary FROM areas WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = areaId });
        return await command.ExecuteScalarAsync(cancel) as Geometry
            ?? throw new AnalysisInputException($"There is no area {areaId} to use as the boundary.");
    }
}
