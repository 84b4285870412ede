using System.Globalization;
using System.Text;

namespace Hotspots.Tests.Demo;

/// <summary>A CSV file read whole, with RFC 4180 quoting, for checking generated files.</summary>
internal sealed record CsvTable(string[] Header, List<string[]> Rows)
{
    public static CsvTable Read(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        Assert.Equal("", lines[^1]);
        var rows = lines[..^1].Select(Fields).ToList();
        return new(rows[0], rows[1..]);
    }

    public int Index(string column) => Array.IndexOf(Header, column) is var i and >= 0 ? i : throw new KeyNotFoundException(column);

    public IEnumerable<string> Column(string column) => Rows.Select(r => r[Index(column)]);

    public IEnumerable<(double Easting, double Northing)> Points() =>
        Rows.Select(r => (double.Parse(r[Index("easting")], CultureInfo.InvariantCulture), double.Parse(r[Index("northing")], CultureInfo.InvariantCulture)));

    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
