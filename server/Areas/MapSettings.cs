using GraphQL.Types;

namespace Hotspots.Areas;

/// <summary>How the workspace draws its map; the basemap is off unless the partnership configures a tile server it may use.</summary>
public sealed record MapSettings(string? BasemapUrl, string? Attribution);

public sealed class MapSettingsType : ObjectGraphType<MapSettings>
{
    public MapSettingsType()
    {
        Name = "MapSettings";
        Description = "How the map is drawn.";
        Field(s => s.BasemapUrl, nullable: true).Description("An XYZ tile URL template for a background map, e.g. https://tiles.example/{z}/{x}/{y}.png; null when the areas alone are the base.");
        Field(s => s.Attribution, nullable: true).Description("The credit the basemap's licence requires.");
    }
}

public static class MapSettingsField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<MapSettingsType>>("mapSettings").Description("How the map is drawn: the optional background map.")
            .Resolve(c => new MapSettings(Setting(c, "Url"), Setting(c, "Attribution")));

    private static string? Setting(GraphQL.IResolveFieldContext context, string name) =>
        context.RequestServices!.GetRequiredService<IConfiguration>()[$"Hotspots:Basemap:{name}"] is { Length: > 0 } value ? value : null;
}
