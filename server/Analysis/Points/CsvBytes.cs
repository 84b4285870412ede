namespace Hotspots.Analysis;

/// <summary>Splits one UTF-8 CSV line into field ranges; a quoted field may hold commas.</summary>
internal static class CsvBytes
{
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        int count = 0, start = 0;
        bool quoted = false;
        for (int i = 0; i <= line.Length && count < fields.Length; i++)
        {
            if (i < line.Length && line[i] == (byte)'"') { quoted = !quoted; continue; }
            if (i < line.Length && (quoted || line[i] != (byte)',')) continue;
            fields[count++] = new Range(start, i);
            start = i + 1;
        }
        return count;
    }

    /// <summary>The field without surrounding spaces or quotes.</summary>
    public static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, Range range)
    {
        var field = line[range].Trim((byte)' ');
        if (field.Length >= 2 && field[0] == (byte)'"' && field[^1] == (byte)'"') field = field[1..^1];
        return field;
    }
}
