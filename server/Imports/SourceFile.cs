using System.Security.Cryptography;
using System.Text;

namespace Hotspots.Imports;

/// <summary>
/// One pass over the file before reading it: its SHA-256 (to import each file once), its size, and whether its text
/// is UTF-8. Partners' spreadsheets often save as Windows-1252, whose bytes are rarely valid UTF-8.
/// </summary>
public sealed record SourceFile(Stream Stream, string Sha256, long Length, Encoding? Encoding, string? EncodingNote)
{
    static SourceFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<SourceFile> Inspect(Stream stream, long maxBytes, bool isText, CancellationToken cancel)
    {
        if (!stream.CanSeek) stream = await Spool(stream, cancel);
        if (stream.Length == 0) throw new ImportRefused("The file is empty.");
        if (stream.Length > maxBytes)
            throw new ImportRefused($"The file is {stream.Length / 1048576.0:0.#} MB, over the limit of {maxBytes / 1048576.0:0.#} MB.");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[1 << 20];
        var utf8 = isText;
        long offset = 0, badAt = -1;
        int read;
        stream.Position = 0;
        while ((read = await stream.ReadAsync(buffer, cancel)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            if (utf8 && FirstInvalidByte(decoder, buffer.AsSpan(0, read)) is >= 0 and var at) { utf8 = false; badAt = offset + at; }
            offset += read;
        }
        stream.Position = 0;
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (!isText || utf8) return new SourceFile(stream, sha, stream.Length, null, null);
        return new SourceFile(stream, sha, stream.Length, Encoding.GetEncoding(1252),
            $"The file is not valid UTF-8 (first invalid byte at offset {badAt:N0}): read it as Windows-1252.");
    }

    private static int FirstInvalidByte(Decoder decoder, ReadOnlySpan<byte> bytes)
    {
        try { decoder.GetCharCount(bytes, flush: false); return -1; }
        catch (DecoderFallbackException e) { return Math.Max(0, e.Index); }
    }

    private static async Task<Stream> Spool(Stream source, CancellationToken cancel)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await source.CopyToAsync(file, cancel);
        return file;
    }
}
