using System.Security.Cryptography;
using System.Text;

namespace Hotspots.Imports;

/// <summary>
/// One pass over the file before reading it: its SHA-256 (to import each file once), its size, and the encoding of its
/// text. Partners' spreadsheets often save as Windows-1252, whose bytes are rarely valid UTF-8; a file that is neither
/// is refused, naming the line, rather than read as gibberish.
/// </summary>
public sealed record SourceFile(Stream Stream, string Sha256, long Length, Encoding? Encoding, string? EncodingNote)
{
    static SourceFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<SourceFile> Inspect(Stream stream, long maxBytes, TextEncoding? declared, CancellationToken cancel)
    {
        if (!stream.CanSeek) stream = await Spool(stream, cancel);
        if (stream.Length == 0) throw new ImportRefused("The file is empty.");
        if (stream.Length > maxBytes)
            throw new ImportRefused($"The file is {stream.Length / 1048576.0:0.#} MB, over the limit of {maxBytes / 1048576.0:0.#} MB.");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new TextCheck();
        var buffer = new byte[1 << 20];
        int read;
        stream.Position = 0;
        while ((read = await stream.ReadAsync(buffer, cancel)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            text.Add(buffer.AsSpan(0, read));
        }
        stream.Position = 0;
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (text.IsBinaryOrUnicodeMarked || declared == TextEncoding.Windows1252 && text.FirstUndefinedIn1252 is null)
            return new SourceFile(stream, sha, stream.Length, text.IsBinaryOrUnicodeMarked ? null : Encoding.GetEncoding(1252), null);
        if (text.FirstInvalidUtf8 is not { } bad) return new SourceFile(stream, sha, stream.Length, null, null);
        if (declared == TextEncoding.Utf8)
            throw new ImportRefused($"Line {bad.Line} is not valid UTF-8 (byte 0x{bad.Value:X2} at offset {bad.Offset:N0}). " +
                "Save the file as UTF-8, or import it as Windows-1252.");
        if (text.FirstUndefinedIn1252 is { } odd)
            throw new ImportRefused($"The file is neither UTF-8 nor Windows-1252: line {odd.Line} has byte 0x{odd.Value:X2} " +
                $"(offset {odd.Offset:N0}), which neither encoding uses there. Save the file as UTF-8 and import it again.");
        return new SourceFile(stream, sha, stream.Length, Encoding.GetEncoding(1252),
            $"The file is not valid UTF-8 (line {bad.Line}, byte 0x{bad.Value:X2} at offset {bad.Offset:N0}): read it as Windows-1252.");
    }

    private static async Task<Stream> Spool(Stream source, CancellationToken cancel)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await source.CopyToAsync(file, cancel);
        return file;
    }
}
