namespace Hotspots.Client.Places;

/// <summary>Map colours for premises by use and risk businesses by sector, keyed by the API's enum names.</summary>
public static class PlaceKinds
{
    public static readonly IReadOnlyDictionary<string, string> UseColours = new Dictionary<string, string>
    {
        ["RESIDENTIAL"] = "#a6cee3", ["HMO"] = "#1f4e9c", ["COMMERCIAL"] = "#fdbf6f", ["AGRICULTURAL"] = "#b2df8a", ["OTHER"] = "#cab2d6",
    };

    public static readonly IReadOnlyDictionary<string, string> SectorColours = new Dictionary<string, string>
    {
        ["NAIL_BAR"] = "#fb9a99", ["BEAUTY_SALON"] = "#f781bf", ["HAND_CAR_WASH"] = "#80b1d3", ["TAKEAWAY"] = "#fdb462",
        ["MASSAGE_PARLOUR"] = "#e31a1c", ["FARM"] = "#33a02c", ["FOOD_PROCESSING"] = "#b15928", ["CONSTRUCTION"] = "#ffed6f",
        ["RECRUITMENT_AGENCY"] = "#6a3d9a", ["HOTEL"] = "#1f78b4", ["OTHER"] = "#bbbbbb",
    };
}
