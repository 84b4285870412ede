using Hotspots.Demo;

namespace Hotspots.Tests.Demo;

public class DemoCommandTests
{
    [Theory]
    [InlineData("--seed", "twelve")]
    [InlineData("--incidents", "0")]
    [InlineData("--colour", "red")]
    [InlineData("--out")]
    public void Bad_arguments_are_refused_with_usage(params string[] args)
    {
        var error = new StringWriter();
        Assert.Equal(2, DemoCommand.Run(args, TextWriter.Null, error));
        Assert.Contains("usage: generate-demo", error.ToString());
    }

    [Fact]
    public void Committed_demo_data_is_what_the_generator_makes()
    {
        var repository = Repository();
        var folder = DemoFiles.Generate(Path.Combine(Path.GetTempPath(), $"hotspots-demo-{Guid.NewGuid():N}"), DemoOptions.DefaultIncidents);
        try
        {
            foreach (var file in Directory.GetFiles(folder).Select(Path.GetFileName).Order())
            {
                var committed = File.ReadAllBytes(Path.Combine(repository, "gis-data", file!));
                Assert.True(committed.SequenceEqual(File.ReadAllBytes(Path.Combine(folder, file!))),
                    $"gis-data/{file} is stale: run ./hotspots generate-demo");
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Hotspots.sln"))) folder = folder.Parent!;
        return folder.FullName;
    }
}
