namespace Hotspots.Tests.Demo;

public class DeterminismTests
{
    private static readonly string[] Files = ["areas.geojson", "incidents.csv", "premises.csv", "risk-businesses.csv", "postcodes.csv", "README.md"];

    [Fact]
    public void Same_seed_gives_identical_bytes()
    {
        var first = Temporary();
        var second = Temporary();
        try
        {
            DemoFiles.Generate(first, 2000, seed: 41);
            DemoFiles.Generate(second, 2000, seed: 41);
            foreach (var file in Files)
                Assert.True(File.ReadAllBytes(Path.Combine(first, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
        }
        finally
        {
            Directory.Delete(first, true);
            Directory.Delete(second, true);
        }
    }

    [Fact]
    public void Another_seed_gives_other_incidents()
    {
        var first = Temporary();
        var second = Temporary();
        try
        {
            DemoFiles.Generate(first, 500, seed: 1);
            DemoFiles.Generate(second, 500, seed: 2);
            Assert.NotEqual(File.ReadAllText(Path.Combine(first, "incidents.csv")), File.ReadAllText(Path.Combine(second, "incidents.csv")));
        }
        finally
        {
            Directory.Delete(first, true);
            Directory.Delete(second, true);
        }
    }

    [Fact]
    public void Files_use_unix_line_endings_without_a_byte_order_mark()
    {
        var folder = DemoFiles.Generate(Temporary(), 200);
        try
        {
            foreach (var file in Files)
            {
                var bytes = File.ReadAllBytes(Path.Combine(folder, file));
                Assert.DoesNotContain((byte)'\r', bytes);
                Assert.NotEqual(0xEF, bytes[0]);
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static string Temporary() => Path.Combine(Path.GetTempPath(), $"hotspots-demo-{Guid.NewGuid():N}");
}
