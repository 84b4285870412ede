using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Runs;

/// <summary>The study area is the district unless a box is given: nothing outside it is analysed or returned, and PAI's A is it.</summary>
public sealed class StudyAreaTests(StudyAreaFixture app) : IClassFixture<StudyAreaFixture>
{
    private const string Fields = "id incidentCount explanation cells hotspots { number incidents areaKm2 pai shareOfStudyArea }";

    private async Task<JsonNode> Run(string request)
    {
        using var client = await app.SignedIn("analyst.police");
        return (await client.Data($"mutation {{ runAnalysis(request: {request}) {{ {Fields} }} }}"))["runAnalysis"]!;
    }

    [Theory]
    [InlineData("SQUARE")]
    [InlineData("HEXAGON")]
    public async Task Gi_star_without_a_box_analyses_the_district_only_and_counts_once(string grid)
    {
        var run = await Run($"{{ method: GI_STAR, cellSize: 200, distanceBand: 600, grid: {grid} }}");
        Assert.Contains(run["explanation"]!.AsArray(), e => e!.GetValue<string>().StartsWith("The study area is Kirklees (100 km²)"));
        var cells = run["cells"]!["features"]!.AsArray().Select(f => f!["properties"]!).ToList();
        // Cell centres in British National Grid: none outside the 10 km square.
        Assert.All(cells, p => Assert.True(p!["x"]!.GetValue<double>() is >= 410000 and <= 420000 && p["y"]!.GetValue<double>() is >= 410000 and <= 420000,
            $"a cell centred at {p["x"]}, {p["y"]} outside the district"));
        // One count: the run's incidents are those in its cells, and none of the 40 outside.
        var inCells = cells.Sum(p => p!["count"]!.GetValue<double>());
        Assert.Equal(inCells, run["incidentCount"]!.GetValue<int>());
        Assert.InRange(inCells, StudyAreaFixture.Inside - 5, StudyAreaFixture.Inside);
    }

    [Fact]
    public async Task Pai_is_measured_against_the_district_not_the_incidents_bounding_rectangle()
    {
        var run = await Run("{ method: GI_STAR, cellSize: 200, distanceBand: 600 }");
        var total = run["incidentCount"]!.GetValue<int>();
        var hotspot = run["hotspots"]!.AsArray().MaxBy(h => h!["incidents"]!.GetValue<double>())!;
        double n = hotspot["incidents"]!.GetValue<double>(), a = hotspot["areaKm2"]!.GetValue<double>();
        // A is the district's 2,500 analysed 200 m cells = 100 km²; the incidents' rectangle would be about 137 km².
        Assert.Equal(n / total / (a / 100), hotspot["pai"]!.GetValue<double>(), 6);
        Assert.Equal(a / 100, hotspot["shareOfStudyArea"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task A_box_is_its_own_study_area_and_takes_incidents_outside_the_district()
    {
        var run = await Run("{ method: GI_STAR, filter: { boundingBox: { minX: 409000, minY: 409000, maxX: 425000, maxY: 421000, crs: BRITISH_NATIONAL_GRID } } }");
        Assert.DoesNotContain(run["explanation"]!.AsArray(), e => e!.GetValue<string>().StartsWith("The study area is"));
        Assert.Equal(StudyAreaFixture.Inside + StudyAreaFixture.Outside, run["incidentCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_hotspot_covering_much_of_the_district_is_warned_about_and_empty_hot_cells_are_explained()
    {
        // A 2 km band over 500 m cells merges the centre into one large hotspot.
        var run = await Run("{ method: GI_STAR, cellSize: 500, distanceBand: 2000 }");
        var explanation = run["explanation"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        var large = run["hotspots"]!.AsArray().Where(h => h!["shareOfStudyArea"]!.GetValue<double>() > 0.05).ToList();
        Assert.NotEmpty(large);
        Assert.Contains(explanation, e => e.StartsWith($"Warning: hotspot {large[0]!["number"]} covers") && e.Contains("more than 5%"));
        var emptyHot = run["cells"]!["features"]!.AsArray().Select(f => f!["properties"]!)
            .Count(p => p!["bin"]!.GetValue<int>() > 0 && p["count"]!.GetValue<double>() == 0);
        if (emptyHot > 0) Assert.Contains(explanation, e => e.StartsWith($"{emptyHot} hot cell"));
        else Assert.DoesNotContain(explanation, e => e.Contains("hold no incidents themselves"));
    }
}

/// <summary>Kernel density is clipped to the study area, as ArcGIS's mask clips it: no density beyond the district's edge.</summary>
public sealed class DensityClipTests(StudyAreaFixture app) : IClassFixture<StudyAreaFixture>
{
    [Fact]
    public async Task Kernel_density_without_a_box_has_no_density_outside_the_district()
    {
        // The district made a triangle (south-west half of the square): its incidents still span the whole square's
        // rectangle, so the surface's grid reaches over the hypotenuse, where only the clip keeps it empty.
        await app.Execute("UPDATE areas SET boundary = ST_Multi(ST_GeomFromText('POLYGON((410000 410000, 420000 410000, 410000 420000, 410000 410000))', 27700)) " +
            "WHERE kind = 'district'");
        using var client = await app.SignedIn("analyst.police");
        var run = (await client.Data("mutation { runAnalysis(request: { method: KERNEL_DENSITY, radius: 600, cellSize: 100 }) " +
            "{ explanation density { minX minY cellSize columns rows perKm2 } } }"))["runAnalysis"]!;
        Assert.Contains(run["explanation"]!.AsArray(), e => e!.GetValue<string>().StartsWith("Clipped to the study area"));
        var d = run["density"]!;
        double minX = d["minX"]!.GetValue<double>(), minY = d["minY"]!.GetValue<double>(), size = d["cellSize"]!.GetValue<double>();
        int columns = d["columns"]!.GetValue<int>(), rows = d["rows"]!.GetValue<int>();
        var values = d["perKm2"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        int inside = 0, outside = 0;
        for (var row = 0; row < rows; row++)
            for (var column = 0; column < columns; column++)
            {
                // Rows come north first.
                double x = minX + (column + .5) * size, y = minY + (rows - 1 - row + .5) * size;
                var value = values[row * columns + column];
                if (x + y < 830000 && x > 410000 && y > 410000) inside += value > 0 ? 1 : 0;
                else if (x + y > 830000)
                {
                    Assert.True(value == 0, $"density {value} at {x}, {y} outside the district");
                    outside++;
                }
            }
        Assert.True(inside > 0, "no density inside the district");
        Assert.True(outside > 0, "the surface never reached past the district, so the clip was not tested");
    }
}
