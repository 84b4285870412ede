namespace Hotspots.Demo;

/// <summary>
/// The Kirklees rows of OS Code-Point Open (August 2014; HD, WF and BD files, Admin_district_code E08000034), so rows
/// given only a postcode can be placed on a fresh install. Real data under the Open Government Licence, not invented.
/// </summary>
internal static class KirkleesPostcodes
{
    public static readonly string[] Header = ["postcode", "positional_quality", "easting", "northing", "admin_district_code", "admin_ward_code"];

    public static int Write(string path)
    {
        // Code-Point Open has no header row: Postcode, quality, eastings, northings, country, NHS region, NHS HA,
        // county, district, ward (Doc/Code-Point_Open_Column_Headers.csv).
        var rows = SharedGis.CodePointFiles
            .SelectMany(file => File.ReadLines(SharedGis.CodePoint(file)))
            .Select(line => line.Split(',').Select(field => field.Trim('"')).ToArray())
            .Where(fields => fields[8] == Kirklees.Code)
            // Code-Point pads to seven characters ("BD112AA"); the postcodes table holds the written form ("BD11 2AA").
            .Select(fields => fields.Select((field, i) => i == 0 ? Imports.Postcodes.Normalise(field)! : field).ToArray())
            .OrderBy(fields => fields[0], StringComparer.Ordinal);
        using var csv = DemoCsv.Create(path, Header);
        foreach (var f in rows) csv.WriteRow(f[0], f[1], f[2], f[3], f[8], f[9]);
        return csv.Rows;
    }
}
