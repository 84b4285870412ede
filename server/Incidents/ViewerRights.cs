using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

/// <summary>
/// Everything that decides what one viewer may see of the incidents, as one string: two viewers with the same key
/// see exactly the same (every column of viewer_rights and the generalisation policy are in it), so a cached tile may be shared between them and never between viewers with different keys.
/// </summary>
public sealed class ViewerRights(NpgsqlDataSource dataSource)
{
    public async Task<string> Key(Viewer viewer, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT array_to_string(opened, ','), array_to_string(granted, ','), array_to_string(agreements, ','),
                array_to_string(assigned, ','), (SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM access_policy)
            FROM viewer_rights($1, $2)
            """).With(viewer.Username, viewer.Agency);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return $"{viewer.Role}|{viewer.Agency}|opened:{reader.GetString(0)}|granted:{reader.GetString(1)}|agreements:{reader.GetString(2)}" +
            $"|assigned:{reader.GetString(3)}|policy:{reader.GetString(4)}";
    }
}
