using System.Globalization;
using System.Xml;

namespace Hotspots.Visits;

/// <summary>The route as GPX 1.1 (WGS84): a waypoint per target and the route through them in order.</summary>
public static class RouteGpx
{
    private const string Namespace = "http://www.topografix.com/GPX/1/1";

    public static void Write(Stream output, Visit visit)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteComment($" {Classification.Marking}: {Classification.Handling} ");
        xml.WriteStartElement("gpx", Namespace);
        xml.WriteAttributeString("version", "1.1");
        xml.WriteAttributeString("creator", "Hotspots");
        xml.WriteStartElement("metadata", Namespace);
        xml.WriteElementString("name", Namespace, visit.Name);
        xml.WriteElementString("desc", Namespace, $"{Classification.Marking}. Operation on {visit.PlannedOn:yyyy-MM-dd}, lead agency {visit.LeadAgency}.");
        xml.WriteEndElement();
        foreach (var stop in visit.Route) Point(xml, "wpt", stop);
        xml.WriteStartElement("rte", Namespace);
        xml.WriteElementString("name", Namespace, visit.Name);
        foreach (var stop in visit.Route) Point(xml, "rtept", stop);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Point(XmlWriter xml, string element, RouteStop stop)
    {
        var at = Wgs84.Of(stop.Target.Location);
        xml.WriteStartElement(element, Namespace);
        xml.WriteAttributeString("lat", at.Latitude.ToString("0.000000", CultureInfo.InvariantCulture));
        xml.WriteAttributeString("lon", at.Longitude.ToString("0.000000", CultureInfo.InvariantCulture));
        xml.WriteElementString("name", Namespace, $"{stop.Leg.Position}. {stop.Target.Name}");
        xml.WriteElementString("desc", Namespace, $"{stop.Target.Address} {stop.Target.Postcode}; arrive {stop.Leg.Arrive:HH:mm}".Trim());
        xml.WriteEndElement();
    }
}
