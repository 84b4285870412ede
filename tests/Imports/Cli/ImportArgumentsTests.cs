using Hotspots.Imports;

namespace Hotspots.Tests.Imports.Cli;

/// <summary>The command line runs as the server's operator, not a signed-in user: it loads the shared boundaries.</summary>
public sealed class ImportArgumentsTests
{
    [Theory]
    [InlineData("ward", "ward", null)]
    [InlineData("District", "district", null)]
    [InlineData("lsoa", "lsoa", null)]
    [InlineData("custom", "custom", null)]
    [InlineData("hotspot", null, "Area kind 'hotspot' is not one of district, ward, lsoa, custom.")]
    public void The_operator_imports_any_kind_of_area_we_hold(string given, string? kind, string? refusal)
    {
        var problem = ImportArguments.Parse(["areas", "wards.geojson", "--area-kind", given], out var options, out _, out _);
        Assert.Equal((kind, refusal), (options?.AreaKind, problem));
        Assert.Null(options?.Importer);
    }
}
