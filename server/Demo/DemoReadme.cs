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
            # Demo data: real Kirklees, invented records

            The **geography is real**: the 23 Kirklees wards (ONS, December 2013) and their union as the
            district, and the Kirklees postcodes of OS Code-Point Open (see Sources). Every **record is
            invented**: incidents, premises and risk businesses were made by the project's own seeded
            generator (`server/Demo/`) and describe no real person, premises, business or incident. Town
            centres are hand-picked approximations. The generator reads the boundary and postcode files
            from `../shared/gis/` beside the repository (or `HOTSPOTS_SHARED_GIS`) only when it runs; the
            product reads nothing but this folder.

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

            - `areas.geojson`: a FeatureCollection. 23 features of kind `ward` (code `WD13CD`, e.g.
              `E05001389`, and name `WD13NM`, e.g. `Ashbrow`): the ONS December 2013 generalised clipped
              ward boundaries, converted from WGS84 to British National Grid (ProjNet, the 7-parameter
              Helmert shift PostGIS uses for 27700) and rounded to 0.1 m; and one feature of kind `district`
              (code `E08000034`, name `Kirklees`), the union of the wards, about 408.5 km².
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

            - `postcodes.csv`: `postcode,positional_quality,easting,northing,admin_district_code,admin_ward_code`,
              the rows of Code-Point Open's `hd.csv`, `wf.csv` and `bd.csv` whose `Admin_district_code` is
              `E08000034`, sorted by postcode. The server loads them into an empty postcodes table on start, so
              rows given only a postcode are placed on a fresh install.

            ## What an analyst should find

            Background incidents follow town populations with distance decay. Planted on top:
            sexual exploitation around Huddersfield town centre (nail bars, massage); labour
            exploitation at hand car washes in Dewsbury and Batley; cannabis grows in residential
            streets of Batley and Heckmondwike; child criminal exploitation ("county lines") near
            Dewsbury that grows year on year (an intensifying hotspot); and rural labour exploitation
            on farms around Holmfirth and Marsden that falls away in the last year. Each is a few
            hundred metres across, so Getis-Ord Gi* on 200 m cells with a 600 m band finds it, and
            some premises and risk businesses sit on them.

            ## Sources and licence

            `incidents.csv`, `premises.csv` and `risk-businesses.csv` are the project's own work, under the same
            licence as the rest of the Hotspots repository.

            The ward and district boundaries in `areas.geojson` come from martinjc/UK-GeoJSON
            (`json/electoral/eng/wards_by_lad/E08000034.json`, commit `88339000fc8711feb9c146d5cd7d145bf286350d`):

            > Contains Ordnance Survey, Office for National Statistics data © Crown copyright and database right 2014–2016.
            > Data licensed under the Open Government Licence v3.0. GeoJSON/TopoJSON conversion by Martin Chorley
            > (https://github.com/martinjc/UK-GeoJSON), CC BY 4.0.

            `postcodes.csv` is an extract of OS Code-Point Open, August 2014 (open-postcode/codepoint, commit
            `dd4880a1a6f437477fd6a7a3a6823c944ba6bd2f`), under the OS OpenData Licence, now the Open Government Licence v3.0:

            > Contains Ordnance Survey data © Crown copyright and database right 2014.
            > Contains Royal Mail data © Royal Mail copyright and database right 2014.
            > Contains National Statistics data © Crown copyright and database right 2014.

            """;
    }

    private static string Codes(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => $"`{c}`"));
}
