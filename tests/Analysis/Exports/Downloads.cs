using System.Net;

namespace Hotspots.Tests.Analysis.Exports;

/// <summary>Downloads a run's export to a temporary file, checking the marking that every export carries.</summary>
public static class Downloads
{
    public static async Task<string> Export(HttpClient client, string runId, string file)
    {
        var response = await client.GetAsync($"/analysis/runs/{runId}/{file}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("OFFICIAL-SENSITIVE", response.Headers.GetValues("X-Classification").Single());
        Assert.StartsWith("OFFICIAL-SENSITIVE-run-", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var path = Path.Combine(Directory.CreateTempSubdirectory("hotspots-export-").FullName, file);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }
}
