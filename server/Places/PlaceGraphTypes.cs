using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Places;

public sealed class PremisesUseType : EnumerationGraphType<PremisesUse>
{
    public PremisesUseType() => Description = "What the premises are used for; HMO = house in multiple occupation.";
}

public sealed class BusinessSectorType : EnumerationGraphType<BusinessSector>
{
    public BusinessSectorType() => Description = "Sectors where labour and sexual exploitation are known to happen.";
}

public sealed class PremisesType : ObjectGraphType<Premises>
{
    public PremisesType()
    {
        Name = "Premises";
        Description = "An address of interest to the partnership.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Reference, nullable: true).Description("The reference it was imported with.");
        Field(p => p.Address);
        Field(p => p.Postcode, nullable: true);
        Field(p => p.Use, type: typeof(NonNullGraphType<PremisesUseType>));
        Field<NonNullGraphType<GeoJsonGraphType>>("location").Description("GeoJSON point in WGS84.").Resolve(c => c.Source.Location);
        Field(p => p.Easting).Description("British National Grid easting in metres.");
        Field(p => p.Northing).Description("British National Grid northing in metres.");
    }
}

public sealed class RiskBusinessType : ObjectGraphType<RiskBusiness>
{
    public RiskBusinessType()
    {
        Name = "RiskBusiness";
        Description = "A business in a sector where exploitation is known to happen.";
        Field(b => b.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(b => b.Reference, nullable: true).Description("The reference it was imported with.");
        Field(b => b.Name);
        Field(b => b.Sector, type: typeof(NonNullGraphType<BusinessSectorType>));
        Field(b => b.Address, nullable: true);
        Field(b => b.Postcode, nullable: true);
        Field<NonNullGraphType<GeoJsonGraphType>>("location").Description("GeoJSON point in WGS84.").Resolve(c => c.Source.Location);
        Field(b => b.Easting).Description("British National Grid easting in metres.");
        Field(b => b.Northing).Description("British National Grid northing in metres.");
    }
}
