using System.Text;

namespace Hotspots.Imports;

/// <summary>A byte of the file, where it is: its offset and the line it is on.</summary>
public readonly record struct BytePlace(byte Value, long Offset, long Line);

/// <summary>
/// Reads a file's bytes once, in pieces, and remembers the first byte that is not valid UTF-8 and the first that
/// Windows-1252 cannot be (a NUL, or one of the five codes it leaves undefined), each with its line.
/// A zipped Shapefile, a GeoPackage or a file with a UTF-16 or UTF-32 byte order mark is not checked.
/// </summary>
public sealed class TextCheck
{
    private static readonly byte[] Undefined1252 = [0x00, 0x81, 0x8D, 0x8F, 0x90, 0x9D];
    private static readonly byte[] Utf16Le = [0xFF, 0xFE], Utf16Be = [0xFE, 0xFF];
    private readonly Decoder utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private long offset, line = 1;

    public bool IsBinaryOrUnicodeMarked { get; private set; }
    public BytePlace? FirstInvalidUtf8 { get; private set; }
    public BytePlace? FirstUndefinedIn1252 { get; private set; }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        if (offset == 0) IsBinaryOrUnicodeMarked = bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("SQLite format 3"u8)
            || bytes.StartsWith(Utf16Le) || bytes.StartsWith(Utf16Be);
        if (IsBinaryOrUnicodeMarked) return;
        var invalidAt = FirstInvalidUtf8 is null ? InvalidUtf8(bytes) : -1;
        var undefinedAt = FirstUndefinedIn1252 is null ? bytes.IndexOfAny(Undefined1252) : -1;
        if (invalidAt >= 0) FirstInvalidUtf8 = Place(bytes, invalidAt);
        if (undefinedAt >= 0) FirstUndefinedIn1252 = Place(bytes, undefinedAt);
        line += bytes.Count((byte)'\n');
        offset += bytes.Length;
    }

    private BytePlace Place(ReadOnlySpan<byte> bytes, int at) => new(bytes[at], offset + at, line + bytes[..at].Count((byte)'\n'));

    private int InvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        try { utf8.GetCharCount(bytes, flush: false); return -1; }
        catch (DecoderFallbackException e) { return Math.Clamp(e.Index, 0, bytes.Length - 1); }
    }
}
