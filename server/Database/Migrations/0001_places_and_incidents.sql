-- Storage CRS is British National Grid (EPSG:27700): distances and areas come out in metres and
-- square metres, and analysis needs no reprojection. GeoJSON on the wire is WGS84 (RFC 7946).
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE agencies (
    code text PRIMARY KEY,
    name text NOT NULL
);

INSERT INTO agencies (code, name) VALUES
    ('police', 'West Yorkshire Police'),
    ('council', 'Kirklees Council'),
    ('housing', 'Kirklees Neighbourhood Housing'),
    ('health', 'NHS Kirklees'),
    ('voluntary', 'Voluntary sector'),
    ('fire', 'West Yorkshire Fire and Rescue'),
    ('glaa', 'Gangmasters and Labour Abuse Authority'),
    ('hmrc', 'HM Revenue and Customs'),
    ('immigration', 'Immigration Enforcement');

CREATE TABLE areas (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('district', 'ward', 'lsoa', 'custom', 'hotspot')),
    boundary geometry(MultiPolygon, 27700) NOT NULL CHECK (ST_IsValid(boundary)),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, code)
);
CREATE INDEX areas_boundary ON areas USING gist (boundary);

CREATE TABLE incidents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location geometry(Point, 27700) NOT NULL,
    occurred_from timestamptz NOT NULL,
    occurred_to timestamptz CHECK (occurred_to IS NULL OR occurred_to >= occurred_from),
    reported_on date,
    exploitation_type text NOT NULL CHECK (exploitation_type IN (
        'sexual', 'labour', 'forced_begging', 'cannabis_cultivation', 'organised_theft',
        'benefit_fraud', 'child_sexual_exploitation', 'child_criminal_exploitation',
        'domestic_servitude', 'forced_marriage', 'organ_harvesting', 'unknown')),
    victim_age_group text NOT NULL CHECK (victim_age_group IN ('adult', 'child', 'unknown')),
    source_agency text NOT NULL REFERENCES agencies,
    source_reference text,
    intelligence_grade text,
    location_precision text NOT NULL CHECK (location_precision IN ('exact', 'postcode', 'street', 'area')),
    sensitivity text NOT NULL CHECK (sensitivity IN ('official', 'official_sensitive')),
    lawful_basis text,
    agreement_reference text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incidents_location ON incidents USING gist (location);
CREATE INDEX incidents_occurred_from ON incidents (occurred_from);
CREATE UNIQUE INDEX incidents_source ON incidents (source_agency, source_reference) WHERE source_reference IS NOT NULL;

CREATE TABLE premises (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference text UNIQUE,
    address text NOT NULL,
    postcode text,
    use text NOT NULL CHECK (use IN ('residential', 'hmo', 'commercial', 'agricultural', 'other')),
    location geometry(Point, 27700) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX premises_location ON premises USING gist (location);

CREATE TABLE risk_businesses (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference text UNIQUE,
    name text NOT NULL,
    sector text NOT NULL CHECK (sector IN ('nail_bar', 'beauty_salon', 'hand_car_wash', 'takeaway',
        'massage_parlour', 'farm', 'food_processing', 'construction', 'recruitment_agency', 'hotel', 'other')),
    address text,
    postcode text,
    location geometry(Point, 27700) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_businesses_location ON risk_businesses USING gist (location);
