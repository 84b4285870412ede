using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Problems;

/// <summary>
/// Incidents in one place and period as the viewer's view has them (docs/disclosure-control.md): records seen in full
/// plus the counts their map shows for counted cells. A withheld cell adds nothing; it is only said to be there, so a
/// figure never reads as a bare 0 where the map shows "&lt;5".
/// </summary>
public sealed record RegionCount(long Incidents, long CountedInCells, int WithheldCells, int SuppressBelow)
{
    /// <summary>The view's figures, to select over rows of <see cref="IncidentView"/>, in the order <see cref="Read"/> expects.</summary>
    public const string Columns =
        "coalesce(sum(view.n), 0), coalesce(sum(view.n) FILTER (WHERE view.cell), 0), count(*) FILTER (WHERE view.cell AND view.n IS NULL), suppression_threshold()";

    public static RegionCount Read(NpgsqlDataReader r, int first) =>
        new(r.GetInt64(first), r.GetInt64(first + 1), (int)r.GetInt64(first + 2), r.GetInt32(first + 3));

    /// <summary>True when some of it comes from counted cells, so it is approximate.</summary>
    public bool Suppressed => CountedInCells > 0 || WithheldCells > 0;

    public bool Empty => Incidents == 0 && WithheldCells == 0;

    public SuppressedCount Shown
    {
        get
        {
            var exact = SuppressedCount.Exact(Incidents);
            if (WithheldCells == 0) return exact;
            var cells = $"{WithheldCells} cell{(WithheldCells == 1 ? "" : "s")}";
            return Incidents == 0
                ? new SuppressedCount(null, $"<{SuppressBelow} in {cells}")
                : exact with { Display = $"{exact.Display} (+{cells} <{SuppressBelow})" };
        }
    }
}
