using System.Text.RegularExpressions;

namespace Hotspots.Imports;

/// <summary>
/// OpenStreetMap points of interest (ogr2ogr extracts: tags as properties, the rest in "other_tags" as hstore text)
/// read as risk businesses, the OSM tag deciding the sector.
/// </summary>
public static partial class OsmSectors
{
    private static readonly (string Key, string Value, string Sector)[] Tags =
    [
        ("amenity", "car_wash", "hand_car_wash"), ("shop", "nails", "nail_bar"), ("beauty", "nails", "nail_bar"),
        ("shop", "beauty_salon", "beauty_salon"), ("shop", "beauty", "beauty_salon"), ("shop", "massage", "massage_parlour"),
        ("amenity", "massage", "massage_parlour"), ("amenity", "fast_food", "takeaway"), ("shop", "farm", "farm"),
        ("landuse", "farmyard", "farm"),
    ];

    public static (RiskBusinessRecord?, string?) Read(SourceRow row)
    {
        var other = Hstore(row["other_tags"]);
        string? Tag(string key) => row[key] ?? other.GetValueOrDefault(key);
        var sector = Tags.FirstOrDefault(t => string.Equals(Tag(t.Key), t.Value, StringComparison.OrdinalIgnoreCase)).Sector;
        // OSM mappers often tag a nail bar shop=beauty and say so only in its name.
        if (sector == "beauty_salon" && row["name"] is { } n && n.Contains("nail", StringComparison.OrdinalIgnoreCase)) sector = "nail_bar";
        if (sector is null) return (null, "no OSM tag that names a risk sector (amenity=car_wash, shop=nails, shop=beauty, shop=massage, amenity=fast_food, shop=farm, landuse=farmyard)");
        var (e, n2, problem) = PointOf.Shape(row);
        if (problem is not null) return (null, problem);
        var id = row["osm_id"] is { } node ? $"osm:node/{node}" : row["osm_way_id"] is { } way ? $"osm:way/{way}" : null;
        var address = string.Join(", ", new[] { Tag("addr:housenumber"), Tag("addr:street"), Tag("addr:city") }.Where(s => s is not null));
        var name = row["name"] ?? $"Unnamed {sector.Replace('_', ' ')}";
        return (new RiskBusinessRecord(id, name, sector, address.Length > 0 ? address : null, Tag("addr:postcode"), e, n2), null);
    }

    private static Dictionary<string, string> Hstore(string? text)
    {
        var tags = new Dictionary<string, string>();
        if (text is null) return tags;
        foreach (Match m in Pair().Matches(text)) tags.TryAdd(m.Groups[1].Value, m.Groups[2].Value.Replace("\\\"", "\""));
        return tags;
    }

    [GeneratedRegex("""
        "((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"
        """)]
    private static partial Regex Pair();
}
