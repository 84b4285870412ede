using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Hotspots.Tests.Analysis.Exports;

namespace Hotspots.Tests.Api.Ogc;

/// <summary>The /ogc endpoint read as a GIS reads it: by GDAL's OAPIF driver with the viewer's bearer token, and page by page over HTTP.</summary>
public static partial class Oapif
{
    /// <summary>ogrinfo's summary of an OAPIF dataset (the landing page or one collection), signed in as the client is (GDAL pages by 10 unless told).</summary>
    public static string Info(HttpClient client, string url, params string[] more) =>
        Gdal.Run("ogrinfo", ["-ro", "--config", "GDAL_HTTP_HEADERS", $"Authorization: Bearer {client.DefaultRequestHeaders.Authorization!.Parameter}",
            "--config", "GDAL_HTTP_TIMEOUT", "120", "-oo", "PAGE_SIZE=1000", $"OAPIF:{url}", .. more]);

    /// <summary>The layer names ogrinfo lists for the landing page.</summary>
    public static List<string> Layers(HttpClient client, string root) =>
        [.. LayerLine().Matches(Info(client, root)).Select(m => m.Groups[1].Value)];

    /// <summary>One layer as GDAL reads it: its feature count and whether it is on WGS84 longitude, latitude.</summary>
    public static (long Features, bool Wgs84) Layer(HttpClient client, string root, string layer)
    {
        var summary = Info(client, root, "-so", layer);
        return (long.Parse(FeatureCount().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture),
            summary.Contains("GEOGCRS[\"WGS 84\"") || summary.Contains("GEOGCS[\"WGS 84\""));
    }

    /// <summary>Every feature of a collection, following next links from the first page.</summary>
    public static async Task<List<JsonObject>> All(HttpClient client, string url)
    {
        var features = new List<JsonObject>();
        for (string? next = url; next is not null;)
        {
            var page = (await client.GetFromJsonAsync<JsonObject>(next))!;
            features.AddRange(page["features"]!.AsArray().Select(f => f!.AsObject()));
            next = page["links"]!.AsArray().FirstOrDefault(l => l!["rel"]!.GetValue<string>() == "next")?["href"]!.GetValue<string>();
        }
        return features;
    }

    [GeneratedRegex(@"^\d+: (\S+)", RegexOptions.Multiline)] private static partial Regex LayerLine();
    [GeneratedRegex(@"Feature Count: (\d+)")] private static partial Regex FeatureCount();
}
