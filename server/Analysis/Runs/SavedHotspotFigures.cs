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
        return await reads.Read(viewer, work => work.Scalar<bool>("""
            SELECT saved_by = $2 OR ($3 = 'analyst' AND saved_agency = $4) FROM areas WHERE id = $1
            """, area.Id, viewer.Username, Codes.Of(viewer.Role), viewer.Agency), cancel)
            ? new(area.HotspotIncidents, area.HotspotPeakZ, area.HotspotPai)
            : new(null, null, null);
    }
}
