using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Places;

public sealed class PlaceSearch(UnitOfWork units)
{
    private const string Point = "ST_AsGeoJSON(ST_Transform(location, 4326), 6), ST_X(location), ST_Y(location)";

    public Task<Page<Premises>> FindPremises(PlaceFilter filter, PageRequest page, CancellationToken cancel) =>
        Find("premises", $"id, reference, address, postcode, use, {Point}", ReadPremises, filter, page, cancel);

    public Task<Page<RiskBusiness>> FindRiskBusinesses(PlaceFilter filter, PageRequest page, CancellationToken cancel) =>
        Find("risk_businesses", $"id, reference, name, sector, address, postcode, {Point}", ReadRiskBusiness, filter, page, cancel);

    public async Task<Premises?> PremisesById(long id, CancellationToken cancel) =>
        (await FindPremises(new PlaceFilter(), new PageRequest(1, id - 1), cancel)).Items.FirstOrDefault(p => p.Id == id);

    public async Task<RiskBusiness?> RiskBusinessById(long id, CancellationToken cancel) =>
        (await FindRiskBusinesses(new PlaceFilter(), new PageRequest(1, id - 1), cancel)).Items.FirstOrDefault(b => b.Id == id);

    private async Task<Page<T>> Find<T>(string table, string columns, Func<NpgsqlDataReader, T> read, PlaceFilter filter, PageRequest page, CancellationToken cancel)
    {
        var sql = new SqlConditions().AddSpatial("location", filter.BoundingBox, filter.AreaId, filter.Within);
        var where = sql.Where;
        var pageSql = $"SELECT {columns} FROM {table} WHERE {where} AND id > {sql.Parameter(page.After)} ORDER BY id LIMIT {sql.Parameter(page.First + 1)}";
        // Premises and businesses are not records about anyone: every signed-in role reads them alike.
        return await Page<T>.Read(units, Viewer.NoOne, sql, pageSql, $"SELECT count(*) FROM {table} WHERE {where}", page.First, read, cancel);
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static Premises ReadPremises(NpgsqlDataReader r) => new(r.GetInt64(0), Text(r, 1), r.GetString(2), Text(r, 3),
        Codes.Parse<PremisesUse>(r.GetString(4)), r.GetString(5), r.GetDouble(6), r.GetDouble(7));

    private static RiskBusiness ReadRiskBusiness(NpgsqlDataReader r) => new(r.GetInt64(0), Text(r, 1), r.GetString(2),
        Codes.Parse<BusinessSector>(r.GetString(3)), Text(r, 4), Text(r, 5), r.GetString(6), r.GetDouble(7), r.GetDouble(8));
}
