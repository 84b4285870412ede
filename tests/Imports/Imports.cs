using System.Text;
using Hotspots.Imports;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports;

/// <summary>Runs imports from text or files in a test class's own database.</summary>
public static class Imports
{
    public static Task<ImportSummary> Text(DatabaseFixture db, ImportKind kind, string text, Func<ImportOptions, ImportOptions>? change = null,
        Encoding? encoding = null, TextWriter? rejected = null) =>
        Bytes(db, kind, (encoding ?? new UTF8Encoding(false)).GetBytes(text), change, rejected);

    public static async Task<ImportSummary> Bytes(DatabaseFixture db, ImportKind kind, byte[] bytes, Func<ImportOptions, ImportOptions>? change = null,
        TextWriter? rejected = null)
    {
        var options = new ImportOptions(kind, "test") { ImportedBy = "test" };
        return await new Importer(db.DataSource).Import(new MemoryStream(bytes), change?.Invoke(options) ?? options, null, rejected);
    }

    public static async Task<ImportSummary> File(DatabaseFixture db, ImportKind kind, string path, Func<ImportOptions, ImportOptions>? change = null)
    {
        var options = new ImportOptions(kind, Path.GetFileName(path)) { ImportedBy = "test" };
        await using var stream = System.IO.File.OpenRead(path);
        return await new Importer(db.DataSource).Import(stream, change?.Invoke(options) ?? options);
    }
}
