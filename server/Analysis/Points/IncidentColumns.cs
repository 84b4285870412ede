namespace Hotspots.Analysis;

/// <summary>Where the coordinate, id and date columns are in the header.</summary>
internal sealed record IncidentColumns(int First, int Second, int Id, int Date, bool Geographic, string FirstName, string SecondName)
{
    public int Width => Math.Max(Math.Max(First, Second), Math.Max(Id, Date)) + 1;

    public static IncidentColumns From(List<string> header, bool needDates)
    {
        int Find(string name) => header.FindIndex(h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
        int x = Find("x"), y = Find("y"), lon = Find("longitude"), lat = Find("latitude");
        int id = Find("id"), date = Find("date");
        if (needDates && date < 0)
            throw new AnalysisInputException($"The input has no 'date' column; emerging hot spots need one. Columns found: {string.Join(", ", header)}.");
        if (x >= 0 && y >= 0) return new(x, y, id, needDates ? date : -1, false, "x", "y");
        if (lon >= 0 && lat >= 0) return new(lon, lat, id, needDates ? date : -1, true, "longitude", "latitude");
        throw new AnalysisInputException(
            $"The input needs columns x,y (British National Grid metres) or longitude,latitude (WGS84). Columns found: {string.Join(", ", header)}.");
    }
}
