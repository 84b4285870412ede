using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Database;

namespace Hotspots.Analysis;

/// <summary>A saved hotspot's figures as one viewer may see them; null where their view does not hold them.</summary>
public sealed record HotspotFiguresSeen(double? Incidents, double? PeakZ, double? Pai);

/// <summary>
/// A saved hotspot's outline is the partnership's shared working area, but its figures come from the view of whoever
/// saved it. The saver and analysts of the saving agency (whose view that is) get them; everyone else gets none, and
/// reads the incidents inside the outline from their own map (incidentMap with the area's id), which differencing
/// against the saver's count would otherwise undo.
/// </summary>
public sealed class SavedHotspotFigures(ReadOnlyDatabase reads)
{
    public async Task<HotspotFiguresSeen> For(Viewer viewer, Area area, CancellationToken cancel)
    {
        if (area.Kind != AreaKind.Hotspot) return new(null, null, null);
        var sql = new SqlConditions();
        return await reads.Read(viewer, work => work.Scalar<bool>($"SELECT {Held(sql, viewer, "a")} FROM areas a WHERE id = {sql.Parameter(area.Id)}", sql), cancel)
            ? new(area.HotspotIncidents, area.HotspotPeakZ, area.HotspotPai)
            : new(null, null, null);
    }

    /// <summary>The rule as SQL on a row of areas named <paramref name="area"/>: whether the viewer may see its figures.</summary>
    public static string Held(SqlConditions sql, Viewer viewer, string area) =>
        $"coalesce({area}.saved_by = {sql.Parameter(viewer.Username)} OR ({sql.Parameter(Codes.Of(viewer.Role))} = 'analyst' AND {area}.saved_agency = {sql.Parameter(viewer.Agency)}), false)";
}
