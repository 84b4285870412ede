namespace Hotspots.Demo;

internal static class RiskBusinessesCsv
{
    public static int Write(string path, IEnumerable<RiskBusiness> businesses)
    {
        using var csv = DemoCsv.Create(path, "reference", "name", "sector", "address", "postcode", "easting", "northing");
        foreach (var b in businesses)
        {
            csv.WriteRow(b.Reference, b.Name, b.Sector, b.Address, b.Postcode,
                DemoCsv.Metres(b.Location.Easting), DemoCsv.Metres(b.Location.Northing));
        }
        return csv.Rows;
    }
}
