namespace Hotspots.Places;

public enum PremisesUse { Residential, Hmo, Commercial, Agricultural, Other }

public enum BusinessSector
{
    NailBar, BeautySalon, HandCarWash, Takeaway, MassageParlour, Farm, FoodProcessing, Construction,
    RecruitmentAgency, Hotel, Other,
}

/// <summary>An address the partnership knows, e.g. a house in multiple occupation.</summary>
public sealed record Premises(long Id, string? Reference, string Address, string? Postcode, PremisesUse Use, string Location, double Easting, double Northing);

/// <summary>A business in a sector where exploitation is known to happen (nail bars, hand car washes, farms...).</summary>
public sealed record RiskBusiness(long Id, string? Reference, string Name, BusinessSector Sector, string? Address, string? Postcode, string Location, double Easting, double Northing);

/// <summary>Where to look for places: all optional, combined with AND.</summary>
public sealed record PlaceFilter(Areas.BoundingBox? BoundingBox = null, long? AreaId = null, NetTopologySuite.Geometries.Geometry? Within = null);
