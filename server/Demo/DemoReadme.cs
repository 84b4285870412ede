namespace Hotspots.Demo;

/// <summary>gis-data/README.md, written with the data so the recipe it states is always the one used.</summary>
internal static class DemoReadme
{
    public static string Text(DemoOptions options)
    {
        var recipe = options is { Seed: DemoOptions.DefaultSeed, Incidents: DemoOptions.DefaultIncidents }
            ? "./hotspots generate-demo"
            : $"./hotspots generate-demo --seed {options.Seed} --incidents {options.Incidents}";
        return $$$"""
            # Demo data (synthetic)

            Everything in this folder is **invented**. It was made by the project's own seeded
            generator (`server/Demo/`) and describes no real person, premises, business or incident.
            The geography is approximate on purpose: a hand-drawn outline of Kirklees and hand-picked
            town centres, not copied or derived from any boundary or postcode product.

            ## Recipe

            ```
            {{{recipe}}}
            ```

            Seed {{{options.Seed}}}, {{{options.Incidents}}} incidents. The same seed and arguments give the same
            bytes. `--out DIR` writes elsewhere; `--incidents 1000000` streams a benchmark-sized file.

            ## Coordinates

            All coordinates are British National Grid (EPSG:27700) eastings and northings in metres,
            rounded to 0.1 m. `areas.geojson` therefore carries the legacy named CRS member
            `"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::27700"}}`. This is
            **not** RFC 7946 GeoJSON, which allows WGS84 longitude/latitude only; PostGIS's
            `ST_GeomFromGeoJSON` honours the member, and other tools may need to be told the CRS.
            The member is repeated on every feature's geometry, because `ST_GeomFromGeoJSON` reads only
            the geometry's own and would otherwise silently assume WGS84 (SRID 4326).

            ## Files

            - `areas.geojson`: a FeatureCollection. One feature of kind `district` (code `E08000034`,
              name `Kirklees`), an approximate outline; and demo wards of kind `ward` (codes `DEMO-01`
              onwards, named after their town), the Voronoi cells of town seed points clipped to the
              outline. The wards cover the district without overlapping.
            - `incidents.csv`: one row per reported incident, 2023-12-01 to 2026-11-27. Columns:
              `source_reference` (unique per agency, e.g. `POL-2025-004213`), `occurred_from` (UTC
              timestamp), `occurred_to` (empty, or the end of a period), `reported_on` (date, 0–60 days
              after), `exploitation_type`, `victim_age_group`, `source_agency`, `intelligence_grade`
              (source 1–3 and intelligence A–E, e.g. `2B`, or empty), `location_precision`,
              `sensitivity`, `lawful_basis`, `agreement_reference`, `easting`, `northing`.
              Codes, spelt as the database spells them: exploitation_type {{{Codes(IncidentCodes.ExploitationTypes)}}};
              victim_age_group {{{Codes(IncidentCodes.VictimAgeGroups)}}}; source_agency {{{Codes(IncidentCodes.SourceAgencies)}}};
              location_precision {{{Codes(IncidentCodes.LocationPrecisions)}}}; sensitivity {{{Codes(IncidentCodes.Sensitivities)}}};
              lawful_basis {{{Codes(IncidentCodes.LawfulBases)}}}.
            - `premises.csv`: `reference,address,postcode,use,easting,northing`; use is one of
              {{{Codes(DemoPremises.Uses)}}}. Addresses and postcodes are invented
              strings shaped like the right postcode districts; any match with a real address is chance.
            - `risk-businesses.csv`: `reference,name,sector,address,postcode,easting,northing`; sector is
              one of {{{Codes(RiskBusiness.Sectors)}}}; placed where such businesses would be (farms
              rural, car washes on main roads, nail bars in town centres).

            ## What an analyst should find

            Background incidents follow town populations with distance decay. Planted on top:
            sexual exploitation around Huddersfield town centre (nail bars, massage); labour
            exploitation at hand car washes in Dewsbury and Batley; cannabis grows in residential
            streets of Batley and Heckmondwike; child criminal exploitation ("county lines") near
            Dewsbury that grows year on year (an intensifying hotspot); and rural labour exploitation
            on farms around Holmfirth and Marsden that falls away in the last year. Each is a few
            hundred metres across, so Getis-Ord Gi* on 200 m cells with a 600 m band finds it, and
            some premises and risk businesses sit on them.

            ## Licence

            These files are the project's own work, under the same licence as the rest of the
            Hotspots repository. They contain no third-party data.

            """;
    }

    private static string Codes(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => $"`{c}`"));
}
