using System.Net;

namespace Hotspots.Tests.Api;

public sealed class ApiFixture : HotspotsApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SampleIncidents.Insert(this);
    }
}

public sealed class GraphQLEndpointTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Without_a_token_the_API_answers_401_but_health_answers()
    {
        using var client = app.Anonymous();
        var (status, _) = await client.Post("{ me { username } }");
        Assert.Equal(401, status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_analyst_pages_through_incidents_with_a_total()
    {
        using var client = await app.SignedIn("analyst.police");
        var first = await client.Data("{ incidents(first: 4) { totalCount pageInfo { hasNextPage endCursor } edges { node { id exploitationType easting location } } } }");
        Assert.Equal(6, first["incidents"]!["totalCount"]!.GetValue<int>());
        Assert.True(first["incidents"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(4, first["incidents"]!["edges"]!.AsArray().Count);
        Assert.Equal("Point", first["incidents"]!["edges"]![0]!["node"]!["location"]!["type"]!.GetValue<string>());
        var cursor = first["incidents"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await client.Data("query($after: String) { incidents(first: 4, after: $after) { pageInfo { hasNextPage } edges { node { id } } } }", new { after = cursor });
        Assert.Equal(2, second["incidents"]!["edges"]!.AsArray().Count);
        Assert.False(second["incidents"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task GET_runs_queries_but_refuses_mutations()
    {
        using var client = await app.SignedIn("analyst.police");
        var response = await client.GetStringAsync("/graphql?query=" + Uri.EscapeDataString("{ me { username role agency } }"));
        Assert.Contains("\"username\":\"analyst.police\"", response);
        Assert.Contains("\"role\":\"ANALYST\"", response);
    }

    [Theory]
    [InlineData("{ incidents(filter: { boundingBox: { minX: -1.7, minY: 53.7, maxX: -1.8, maxY: 53.6 } }) { totalCount } }", "inverted")]
    [InlineData("{ incidents(filter: { boundingBox: { minX: -200, minY: 53.6, maxX: -1.7, maxY: 53.7 } }) { totalCount } }", "out of range")]
    [InlineData("{ incidents(filter: { exploitationTypes: [PIRACY] }) { totalCount } }", "PIRACY")]
    [InlineData("{ incidents(first: 5000) { totalCount } }", "first must be between 1 and 1000")]
    [InlineData("{ incidents(after: \"nonsense\") { totalCount } }", "not a cursor")]
    [InlineData("{ incidents(filter: { within: \"{\\\"type\\\":\\\"Polygon\\\",\\\"coordinates\\\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}\" }) { totalCount } }", "not valid")]
    [InlineData("{ incidents(filter: { within: \"{ not json\" }) { totalCount } }", "GeoJSON")]
    [InlineData("{ incidents(first: 1000) { edges { node { id easting northing sourceAgency sourceReference lawfulBasis occurredFrom occurredTo reportedOn exploitationType victimAgeGroup intelligenceGrade locationPrecision sensitivity agreementReference location } } } a: incidents(first: 1000) { edges { node { id easting northing sourceAgency sourceReference lawfulBasis occurredFrom occurredTo reportedOn exploitationType } } } b: incidents(first: 1000) { edges { node { id easting northing sourceAgency sourceReference lawfulBasis occurredFrom } } } }", "complexity")]
    [InlineData("DEEP", "depth")]
    public async Task Bad_input_gets_an_error_that_says_what_is_wrong_and_no_stack_trace(string query, string expected)
    {
        using var client = await app.SignedIn("analyst.police");
        if (query == "DEEP") query = "{ __schema { types { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", 16)) + "{ name }" + new string('}', 16) + " } } } }";
        var (status, body) = await client.Post(query, accept: "application/graphql-response+json");
        Assert.True(body.FirstError().Contains(expected, StringComparison.OrdinalIgnoreCase), body.ToJsonString());
        Assert.True(status is 200 or 400, $"status {status}");
        Assert.DoesNotContain("   at ", body.ToJsonString());
    }

    [Fact]
    public async Task A_request_that_cannot_run_is_400_as_graphql_response_and_200_as_json()
    {
        using var client = await app.SignedIn("analyst.police");
        Assert.Equal(400, (await client.Post("{ nothing }", accept: "application/graphql-response+json")).Status);
        Assert.Equal(200, (await client.Post("{ nothing }", accept: "application/json")).Status);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_cleanly()
    {
        using var client = await app.SignedIn("analyst.police");
        using var response = await client.PostAsync("/graphql", new StringContent("{ incidents", System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("not a GraphQL request", text);
        Assert.DoesNotContain("   at ", text);
    }
}
