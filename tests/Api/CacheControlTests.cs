using System.Net.Http.Json;

namespace Hotspots.Tests.Api;

/// <summary>
/// A shared computer or a caching proxy must not keep what a signed-in user was shown: GraphQL answers (POST and GET)
/// and the sign-in token are sent with Cache-Control: no-store.
/// </summary>
public sealed class CacheControlTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    [Fact]
    public async Task A_graphql_answer_left_in_a_shared_cache_is_not_stored()
    {
        using var client = await app.SignedIn("analyst.police");
        using var post = await client.PostAsJsonAsync("/graphql", new { query = "{ me { username } }" });
        Assert.Equal("no-store", post.Headers.CacheControl?.ToString());
        using var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ me { username } }"));
        Assert.Equal("no-store", get.Headers.CacheControl?.ToString());
        using var refused = await client.PostAsync("/graphql", new StringContent("not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_sign_in_token_left_in_a_shared_cache_is_not_stored()
    {
        using var client = app.Anonymous();
        using var response = await client.PostAsJsonAsync("/auth/sign-in", new { username = "analyst.police", password = Hotspots.Demo.DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
