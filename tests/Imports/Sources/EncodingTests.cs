using System.Text;
using Hotspots.Imports;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Imports.Sources;

/// <summary>Partners' files come as UTF-8 with or without a byte order mark, or as Windows-1252 from Excel: the text arrives intact.</summary>
public sealed class EncodingTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Premises = """
        reference,address,use,easting,northing
        {0}1,Café Royal £2 shop,commercial,414541,416892
        {0}2,Crème brûlée bakery,castle,414541,416892
        """;

    /// <summary>UTF-8, UTF-8 with a byte order mark (written as -65001), Windows-1252.</summary>
    [Theory]
    [InlineData(65001)]
    [InlineData(-65001)]
    [InlineData(1252)]
    public async Task Accents_and_pounds_arrive_intact_and_the_rejected_row_keeps_its_text(int codePage)
    {
        var prefix = $"E{Math.Abs(codePage)}{(codePage < 0 ? "b" : "")}";
        var encoding = codePage switch { 65001 => new UTF8Encoding(false), -65001 => new UTF8Encoding(true), _ => Encoding.GetEncoding(codePage) };
        var rejected = new StringWriter();

        var summary = await Imports.Text(db, ImportKind.Premises, string.Format(Premises, prefix), encoding: encoding, rejected: rejected);

        Assert.Equal((1, 1), (summary.Imported, summary.Rejected));
        Assert.Equal(codePage == 1252, summary.Notes.Any(n => n.Contains("Windows-1252")));
        Assert.Equal("Café Royal £2 shop", await db.Scalar<string>("SELECT address FROM premises WHERE reference = $1", $"{prefix}1"));
        Assert.Contains($"{prefix}2,Crème brûlée bakery,castle", rejected.ToString());
        Assert.StartsWith("reference,address", rejected.ToString().Split('\n')[1]);
        Assert.Equal($"{prefix}2,Crème brûlée bakery,castle,414541,416892",
            await db.Scalar<string>("SELECT source FROM import_rows WHERE outcome = 'rejected' AND source LIKE $1", $"{prefix}2,%"));
    }

    [Fact]
    public async Task A_file_neither_utf8_nor_windows_1252_is_refused_naming_the_line()
    {
        var bytes = Encoding.ASCII.GetBytes("reference,address,use,easting,northing\nN1,1 Market St,hmo,414541,416892\nN2,2 Market St ")
            .Concat(new byte[] { 0xE9, 0x81 }).Concat(Encoding.ASCII.GetBytes(",hmo,414541,416892\n")).ToArray();

        var refused = await Assert.ThrowsAsync<ImportRefused>(() => Imports.Bytes(db, ImportKind.Premises, bytes));

        Assert.Contains("neither UTF-8 nor Windows-1252: line 3 has byte 0x81", refused.Message);
        Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM premises WHERE reference LIKE 'N%'"));
    }

    [Fact]
    public async Task A_file_said_to_be_utf8_that_is_not_is_refused_naming_the_line()
    {
        var text = "reference,address,use,easting,northing\nD1,Café,hmo,414541,416892\n";

        var refused = await Assert.ThrowsAsync<ImportRefused>(() => Imports.Text(db, ImportKind.Premises, text,
            o => o with { Encoding = TextEncoding.Utf8 }, Encoding.GetEncoding(1252)));

        Assert.Contains("Line 2 is not valid UTF-8 (byte 0xE9", refused.Message);
        var declared = await Imports.Text(db, ImportKind.Premises, text, o => o with { Encoding = TextEncoding.Windows1252 }, Encoding.GetEncoding(1252));
        Assert.Equal(1, declared.Imported);
        Assert.DoesNotContain(declared.Notes, n => n.Contains("UTF-8"));
        Assert.Equal("Café", await db.Scalar<string>("SELECT address FROM premises WHERE reference = 'D1'"));
    }
}
