using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

/// <summary>
/// Everything that decides what one viewer may see of the incidents, as one string: two viewers with the same key
/// see exactly the same (every column of viewer_rights and the generalisation policy are in it), so a cached tile may be shared between them and never between viewers with different keys.
/// </summary>
public sealed class ViewerRights(UnitOfWork units)
{
    public async Task<string> Key(Viewer viewer, CancellationToken cancel) => (await units.Read(viewer, work => work.Single("""
        SELECT array_to_string(opened, ','), array_to_string(granted, ','), array_to_string(agreements, ','),
            array_to_string(assigned, ','), (SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM access_policy)
        FROM viewer_rights($1, $2)
        """, r => $"{viewer.Role}|{viewer.Agency}|opened:{r.GetString(0)}|granted:{r.GetString(1)}|agreements:{r.GetString(2)}" +
            $"|assigned:{r.GetString(3)}|policy:{r.GetString(4)}", viewer.Username, viewer.Agency), cancel))!;
}
