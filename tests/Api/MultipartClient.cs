using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hotspots.Tests.Api;

/// <summary>The GraphQL multipart request spec, as a browser's FormData would send it.</summary>
public static class MultipartClient
{
    public static async Task<JsonObject> Upload(this HttpClient client, string query, object variables, string fileName, string content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(JsonSerializer.Serialize(new { query, variables })), "operations");
        form.Add(new StringContent("""{"0":["variables.file"]}"""), "map");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "0", fileName);
        using var response = await client.PostAsync("/graphql", form);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
