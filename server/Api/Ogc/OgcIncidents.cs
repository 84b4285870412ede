using Hotspots.Access;
using Hotspots.Analysis;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Api.Ogc;

/// <summary>
/// The viewer's map as two collections, from the statement the map and its tiles share (<see cref="MapRows"/>, on
/// IncidentView.Of): the records they see in full at their place, and the counted cells with the count the map shows
/// ("&lt;5" and no count where it is withheld). A bbox selects a counted cell by its centre, as the map does.
/// </summary>
public sealed class OgcIncidents(ReadOnlyDatabase reads)
{
    public Task<OgcPage> Records(Viewer viewer, OgcQuery query, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var select = OgcPaging.Select(sql, query, $"WITH {MapRows.Matched(sql, viewer, query.Filter)} SELECT * FROM matched WHERE NOT cell",
            id: "id::text", shape: "location", order: "occurred_from DESC, id", properties: $"""
                json_build_object('id', id, 'exploitation_type', exploitation_type, 'victim_age_group', victim_age_group,
                    'source_agency', source_agency, 'source_reference', source_reference, 'occurred_from', occurred_from,
                    'sensitivity', replace(upper(sensitivity), '_', '-'), 'classification', '{ExportMarking.Text}')
                """);
        return reads.Read(viewer, work => OgcPaging.Read(work, select, sql), cancel);
    }

    public Task<OgcPage> Cells(Viewer viewer, OgcQuery query, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        const string column = "floor(ST_X(location) / cell_metres)::bigint", row = "floor(ST_Y(location) / cell_metres)::bigint";
        // Counted first, largest first, so a GIS typing the columns from the first page sees a number in "count".
        var select = OgcPaging.Select(sql, query, $"WITH {MapRows.Matched(sql, viewer, query.Filter)} SELECT * FROM matched WHERE cell",
            id: $"cell_metres || 'm_' || {column} || '_' || {row}", shape: "ST_Expand(location, cell_metres / 2)",
            order: $"{MapRows.Count} DESC NULLS LAST, {row}, {column}", properties: $"""
                json_build_object('count', {MapRows.Count}, 'label', {MapRows.Label}, 'withheld', {MapRows.Count} IS NULL,
                    'cell_metres', cell_metres, 'classification', '{ExportMarking.Text}')
                """);
        return reads.Read(viewer, work => OgcPaging.Read(work, select, sql), cancel);
    }
}
