using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace Hotspots.Tests.Api;

/// <summary>The API contract is committed as server/Api/schema.graphql, so every change to it shows in review.</summary>
public sealed class SchemaTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    [Fact]
    public void The_committed_SDL_matches_the_schema()
    {
        var schema = app.Factory.Services.GetRequiredService<ISchema>();
        var printed = GraphQL.SchemaExtensions.Print(schema, new PrintOptions { IncludeDescriptions = true }).Replace("\r\n", "\n").Trim() + "\n";
        var path = Path.Combine(Repository.Root, "server", "Api", "schema.graphql");
        if (Environment.GetEnvironmentVariable("HOTSPOTS_UPDATE_SCHEMA") == "1") File.WriteAllText(path, printed);
        Assert.True(File.Exists(path) && File.ReadAllText(path) == printed,
            "The GraphQL schema changed: review it, then run HOTSPOTS_UPDATE_SCHEMA=1 ./hotspots test --filter SchemaTests to update server/Api/schema.graphql.");
    }
}

public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hotspots.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Hotspots.sln not found above the test assembly.");
    }
}
