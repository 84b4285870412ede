using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>
/// The cells of a viewer's view that an analysis used: each cell's centre and the count shown for it (withheld cells
/// are not among them). Kept with the run, so what it used can be reopened and recounted without the records behind.
/// </summary>
public sealed record UsedCells(double[] X, double[] Y, int[] N)
{
    public static readonly UsedCells None = new([], [], []);

    public long Total => N.Sum(n => (long)n);
}

/// <summary>
/// What an analysis may use for this viewer, read from their view (IncidentView) alone: each record they see in full at
/// its place, and each counted cell as as many points at its centre as the count it shows (a withheld cell gives none).
/// </summary>
public sealed record AnalysisPoints(long[] Ids, PointSet Points, UsedCells Cells, DateOnly[] Dates, Sensitivity Classification)
{
    public bool Generalised => Cells.N.Length > 0;

    public long Count => Points.Count;

    /// <summary>Only the records seen in full (they come first), for answers finer than the month that counted cells keep to.</summary>
    public AnalysisPoints RecordsOnly() => this with
    {
        Points = new PointSet(Points.X[..Ids.Length], Points.Y[..Ids.Length]), Cells = UsedCells.None, Dates = Dates[..Ids.Length],
    };
}

public sealed class AnalysisInputs(ReadOnlyDatabase reads)
{
    /// <param name="grain">By month for methods that use dates (a counted cell's points are dated the first of its month).</param>
    public async Task<AnalysisPoints> Load(Viewer viewer, IncidentFilter filter, ViewGrain grain, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var select = $"""
            SELECT id, ST_X(location), ST_Y(location), n, cell, (occurred_from AT TIME ZONE 'UTC')::date,
                sensitivity = 'official_sensitive'
            FROM {IncidentView.Of(sql, viewer, filter, grain)} WHERE n IS NOT NULL ORDER BY cell, id, 2, 3, 6
            """;
        var ids = new List<long>();
        var xs = new List<double>();
        var ys = new List<double>();
        var dates = new List<DateOnly>();
        List<double> cellX = [], cellY = [];
        List<int> cellN = [];
        var sensitive = false;
        await reads.Read(viewer, work => work.List(select, reader =>
        {
            double x = reader.GetDouble(1), y = reader.GetDouble(2);
            var n = reader.GetInt32(3);
            var date = reader.IsDBNull(5) ? DateOnly.MinValue : reader.GetFieldValue<DateOnly>(5);
            if (reader.GetBoolean(4))
            {
                cellX.Add(x);
                cellY.Add(y);
                cellN.Add(n);
            }
            else ids.Add(reader.GetInt64(0));
            for (var i = 0; i < n; i++)
            {
                xs.Add(x);
                ys.Add(y);
                dates.Add(date);
            }
            sensitive |= reader.GetBoolean(6);
            return true;
        }, sql), cancel);
        return new AnalysisPoints([.. ids], new PointSet([.. xs], [.. ys]), new UsedCells([.. cellX], [.. cellY], [.. cellN]), [.. dates],
            sensitive ? Sensitivity.OfficialSensitive : Sensitivity.Official);
    }

    // Areas are boundaries, the same for every signed-in role.
    public Task<StudyArea> StudyArea(AnalysisRequest request, CancellationToken cancel) =>
        reads.Read(Viewer.NoOne, work => Analysis.StudyArea.Of(work, request), cancel);

    public async Task<Geometry> Boundary(long areaId, CancellationToken cancel) =>
        await reads.Read(Viewer.NoOne, work => work.Scalar<Geometry>("SELECT boundary FROM areas WHERE id = $1", areaId), cancel)
            ?? throw new AnalysisInputException($"There is no area {areaId} to use as the boundary.");
}
