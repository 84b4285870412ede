namespace Hotspots.Analysis;

/// <summary>Splits one CSV line into field ranges; a quoted field may hold commas and doubled quotes.</summary>
internal static class CsvLine
{
    /// <summary>Fills up to fields.Length ranges and returns how many fields the line has (at most that many).</summary>
    public static int Split(ReadOnlySpan<char> line, Span<Range> fields)
    {
        int count = 0, start = 0;
        bool quoted = false;
        for (int i = 0; i <= line.Length && count < fields.Length; i++)
        {
            if (i < line.Length && line[i] == '"') { quoted = !quoted; continue; }
            if (i < line.Length && (quoted || line[i] != ',')) continue;
            fields[count++] = new Range(start, i);
            start = i + 1;
        }
        return count;
    }

    public static List<string> Split(ReadOnlySpan<char> line)
    {
        var fields = new Range[line.Length + 1];
        int count = Split(line, fields);
        var names = new List<string>(count);
        for (int i = 0; i < count; i++) names.Add(Field(line, fields[i]).ToString());
        return names;
    }

    /// <summary>The field's text without surrounding whitespace or quotes (doubled quotes are left as they are).</summary>
    public static ReadOnlySpan<char> Field(ReadOnlySpan<char> line, Range range)
    {
        var field = line[range].Trim();
        if (field.Length >= 2 && field[0] == '"' && field[^1] == '"') field = field[1..^1];
        return field;
    }
}
