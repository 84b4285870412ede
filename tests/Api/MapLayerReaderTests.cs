using System.Text;
using Hotspots.Client.Api;

namespace Hotspots.Tests.Api;

/// <summary>The client reads incidentMap answers without parsing the features; every shape must still come out right.</summary>
public sealed class MapLayerReaderTests
{
    private const string Features = """{"type":"FeatureCollection","features":[{"type":"Feature","id":1,"geometry":{"type":"Point","coordinates":[-1.78,53.64]},"properties":{"exploitationType":"labour"}}]}""";

    [Theory]
    [InlineData("""{"data":{"incidentMap":{"fullRecords":7,"generalisedRecords":{"display":"<5"},"shown":1,"classification":"OFFICIAL","features":FEATURES}}}""")]
    [InlineData("""{ "data" : { "incidentMap" : { "fullRecords" : 7, "generalisedRecords" : { "display" : "<5" }, "shown" : 1, "classification" : "OFFICIAL", "features" : FEATURES } } }  """)]
    [InlineData("""{"data":{"incidentMap":{"features":FEATURES,"fullRecords":7,"generalisedRecords":{"display":"<5"},"shown":1,"classification":"OFFICIAL"}}}""")]
    [InlineData("""{"data":{"incidentMap":{"fullRecords":7,"generalisedRecords":{"display":"<5"},"shown":1,"classification":"OFFICIAL","features":FEATURES}},"extensions":{"took":3}}""")]
    public void Features_come_out_as_sent_with_the_counts(string answer)
    {
        var layer = MapLayerReader.Read(Encoding.UTF8.GetBytes(answer.Replace("FEATURES", Features)));
        Assert.Equal(7, layer.FullRecords);
        Assert.Equal("<5", layer.Generalised);
        Assert.Equal(1, layer.Shown);
        Assert.Equal(Features, Encoding.UTF8.GetString(layer.Features));
        Assert.Equal("OFFICIAL", layer.Classification);
    }

    [Theory]
    [InlineData("""{"errors":[{"message":"limit must be between 1 and 200000."},{"message":"Second."}]}""")]
    [InlineData("""{"data":null,"errors":[{"message":"limit must be between 1 and 200000."},{"message":"Second."}]}""")]
    public void Errors_become_the_servers_messages(string answer)
    {
        var error = Assert.Throws<GraphQLException>(() => MapLayerReader.Read(Encoding.UTF8.GetBytes(answer)));
        Assert.Equal("limit must be between 1 and 200000. Second.", error.Message);
    }
}
