using Hotspots.Tests.Access.Disclosure;

namespace Hotspots.Tests.Api.Ogc;

/// <summary>
/// The disclosure fixture (60 cells of 1–12 records from four agencies over six months; partners may only count them) on
/// a real port, so GDAL's OAPIF driver can reach it as an analyst's QGIS would.
/// </summary>
public sealed class OgcFixture : DisclosureFixture
{
    protected override bool OnKestrel => true;
}
