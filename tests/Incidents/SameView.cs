using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Incidents;

/// <summary>A view's rows as text, in order, so two ways of computing a viewer's view can be compared row for row.</summary>
public static class SameView
{
    public static async Task<List<string>> Rows(DatabaseFixture database, Func<SqlConditions, string> view)
    {
        var sql = new SqlConditions();
        return await new UnitOfWork(database.DataSource).Read(Viewer.NoOne, work => work.List($"""
            SELECT CASE WHEN cell THEN 'cell' ELSE 'record' END || concat_ws('|', id, round(ST_X(location)::numeric, 3),
                round(ST_Y(location)::numeric, 3), n, occurred_from, exploitation_type, victim_age_group, source_agency,
                source_reference, sources, sensitivity, cell_metres)
            FROM {view(sql)} ORDER BY 1
            """, reader => reader.GetString(0), sql));
    }

    public static string Difference(List<string> expected, List<string> actual) =>
        $"rule {expected.Count} rows, counted {actual.Count}; missing {string.Join("; ", expected.Except(actual).Take(3))}; " +
        $"extra {string.Join("; ", actual.Except(expected).Take(3))}";
}
