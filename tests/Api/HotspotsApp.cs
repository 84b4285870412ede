using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hotspots.Tests.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hotspots.Tests.Api;

/// <summary>The real server on a fresh PostGIS database, reached over HTTP; demo accounts are seeded.</summary>
public class HotspotsApp : DatabaseFixture
{
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    protected virtual bool LoadDemoData => false;
    protected virtual bool OnKestrel => false;
    public string BaseAddress => Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute("INSERT INTO areas (code, name, kind, boundary) SELECT 'E08000034', 'Kirklees', 'district', ST_Multi(ST_MakeEnvelope(401000, 402000, 428000, 427500, 27700)) WHERE NOT $1", LoadDemoData);
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("HOTSPOTS_DATABASE", PostGis.Application(ConnectionString));
            web.UseSetting("HOTSPOTS_DATABASE_OWNER", ConnectionString);
            web.UseSetting("Hotspots:LoadDemoData", "true");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
            if (!LoadDemoData) web.UseSetting("Hotspots:DemoDataFolder", "/nonexistent");
            // A free port, not the workspace's 5080, so browser tests run beside ./hotspots run and each other.
            if (OnKestrel) web.UseSetting("urls", "http://127.0.0.1:0");
            Configure(web);
        });
        if (OnKestrel)
        {
            Factory.UseKestrel(0);
            Factory.StartServer();
        }
        else
        {
            Factory.CreateClient().Dispose();
        }
    }

    public override async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>Settings a test class needs besides the database, e.g. a small upload limit.</summary>
    protected virtual void Configure(IWebHostBuilder web) { }

    public HttpClient Anonymous() => Factory.CreateClient();

    public async Task<HttpClient> SignedIn(string username)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/auth/sign-in", new { username, password = Hotspots.Demo.DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public static class GraphQLClient
{
    public static async Task<(int Status, JsonObject Body)> Post(this HttpClient client, string query, object? variables = null, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!.AsObject());
    }

    public static async Task<JsonNode> Data(this HttpClient client, string query, object? variables = null)
    {
        var (status, body) = await client.Post(query, variables);
        Assert.True(body["errors"] is null, $"GraphQL errors: {body["errors"]?.ToJsonString()}");
        Assert.Equal(200, status);
        return body["data"]!;
    }

    public static string FirstError(this JsonObject body) =>
        body["errors"]?[0]?["message"]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"Expected an error, got {body.ToJsonString()}");

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
