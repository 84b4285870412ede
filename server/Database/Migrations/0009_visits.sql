-- Enforcement and engagement visits: an operation (name, date, lead agency, area), its team, the premises and
-- risk businesses it will visit, safeguarding contacts, and what each visit found.
CREATE TABLE visits (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (length(trim(name)) > 0),
    theme text,
    planned_on date NOT NULL,
    starts_at time NOT NULL DEFAULT '09:00',
    lead_agency text NOT NULL REFERENCES agencies,
    -- the area as it was when planned (an area's boundary or a drawn shape, grown by the buffer), so a later
    -- change to the area does not move the operation
    area geometry(MultiPolygon, 27700) NOT NULL,
    area_id bigint REFERENCES areas ON DELETE SET NULL,
    buffer_metres double precision NOT NULL DEFAULT 0,
    meeting_point geometry(Point, 27700),
    travel_mode text NOT NULL DEFAULT 'walking' CHECK (travel_mode IN ('walking', 'driving')),
    speed_kmh double precision NOT NULL CHECK (speed_kmh > 0),
    minutes_per_visit integer NOT NULL CHECK (minutes_per_visit >= 0),
    victims_expected boolean NOT NULL DEFAULT false,
    created_by text NOT NULL,
    created_agency text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE visit_team (
    visit_id bigint NOT NULL REFERENCES visits ON DELETE CASCADE,
    username text NOT NULL,
    agency text NOT NULL REFERENCES agencies,
    powers_of_entry text,
    nrm_first_responder boolean NOT NULL DEFAULT false,
    PRIMARY KEY (visit_id, username)
);
CREATE INDEX visit_team_username ON visit_team (username);

CREATE TABLE visit_targets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    visit_id bigint NOT NULL REFERENCES visits ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('premises', 'risk_business')),
    place_id bigint NOT NULL,
    UNIQUE (visit_id, kind, place_id)
);
CREATE INDEX visit_targets_place ON visit_targets (kind, place_id);

CREATE TABLE visit_contacts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    visit_id bigint NOT NULL REFERENCES visits ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('interpreter', 'place_of_safety', 'safeguarding_lead', 'victim_support', 'other')),
    name text NOT NULL,
    phone text,
    notes text
);

-- Incidents a planner linked to the operation: its team sees them in full (see 0010).
CREATE TABLE visit_incidents (
    visit_id bigint NOT NULL REFERENCES visits ON DELETE CASCADE,
    incident_id bigint NOT NULL REFERENCES incidents ON DELETE CASCADE,
    linked_by text NOT NULL,
    PRIMARY KEY (visit_id, incident_id)
);

-- One outcome per target; the phone's idempotency key makes a retried upload store once.
CREATE TABLE visit_outcomes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key text NOT NULL UNIQUE,
    visit_target_id bigint NOT NULL UNIQUE REFERENCES visit_targets ON DELETE CASCADE,
    arrived_at timestamptz NOT NULL,
    left_at timestamptz NOT NULL CHECK (left_at >= arrived_at),
    people_spoken_to integer NOT NULL CHECK (people_spoken_to >= 0),
    indicators text[] NOT NULL DEFAULT '{}',
    victims jsonb NOT NULL DEFAULT '[]',
    consent jsonb NOT NULL DEFAULT '[]',
    notices text[] NOT NULL DEFAULT '{}',
    advice text,
    follow_up_actions text[] NOT NULL DEFAULT '{}',
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE visit_referrals (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outcome_id bigint NOT NULL REFERENCES visit_outcomes ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('nrm', 'duty_to_notify', 'adult_safeguarding', 'child_safeguarding', 'housing', 'glaa', 'hmrc')),
    reference text,
    reasonable_grounds text CHECK (reasonable_grounds IN ('positive', 'negative')),
    reasonable_grounds_on date,
    conclusive_grounds text CHECK (conclusive_grounds IN ('positive', 'negative')),
    conclusive_grounds_on date,
    CHECK (kind <> 'nrm' OR reference IS NOT NULL)
);
CREATE INDEX visit_referrals_outcome ON visit_referrals (outcome_id);

-- The risk score's weights, changed by the administrator; every score is returned with the weights it used.
CREATE TABLE visit_risk_weights (
    term text NOT NULL,
    code text NOT NULL,
    weight double precision NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (term, code)
);
INSERT INTO visit_risk_weights (term, code, weight, description) VALUES
    ('incident', 'per_incident', 1, 'Points per nearby incident, before its type and grade multipliers'),
    ('exploitation_type', 'labour', 1.5, 'Labour exploitation'),
    ('exploitation_type', 'sexual', 1.5, 'Sexual exploitation'),
    ('exploitation_type', 'child_sexual_exploitation', 2, 'Child sexual exploitation'),
    ('exploitation_type', 'child_criminal_exploitation', 1.5, 'Child criminal exploitation'),
    ('exploitation_type', 'cannabis_cultivation', 1.2, 'Cannabis cultivation'),
    ('exploitation_type', 'domestic_servitude', 1.5, 'Domestic servitude'),
    ('exploitation_type', 'other', 1, 'Any other exploitation type'),
    ('source', '1', 1.2, 'Source graded 1 (reliable)'),
    ('source', '2', 1, 'Source graded 2 (untested)'),
    ('source', '3', 0.6, 'Source graded 3 (not reliable)'),
    ('source', 'ungraded', 0.8, 'No source grade'),
    ('intelligence', 'A', 1.2, 'Known directly to the source'),
    ('intelligence', 'B', 1.1, 'Known indirectly, corroborated'),
    ('intelligence', 'C', 1, 'Known indirectly'),
    ('intelligence', 'D', 0.8, 'Not known'),
    ('intelligence', 'E', 0.5, 'Suspected to be false'),
    ('intelligence', 'ungraded', 0.8, 'No intelligence grade'),
    ('sector', 'nail_bar', 4, 'Nail bar'),
    ('sector', 'hand_car_wash', 5, 'Hand car wash'),
    ('sector', 'massage_parlour', 5, 'Massage parlour'),
    ('sector', 'farm', 3, 'Farm'),
    ('sector', 'food_processing', 3, 'Food processing'),
    ('sector', 'construction', 2, 'Construction'),
    ('sector', 'recruitment_agency', 3, 'Recruitment agency'),
    ('sector', 'beauty_salon', 2, 'Beauty salon'),
    ('sector', 'takeaway', 2, 'Takeaway'),
    ('sector', 'hotel', 2, 'Hotel'),
    ('sector', 'other', 1, 'Other business'),
    ('premises_use', 'hmo', 3, 'House in multiple occupation'),
    ('premises_use', 'residential', 1, 'Residential'),
    ('premises_use', 'commercial', 1, 'Commercial'),
    ('premises_use', 'agricultural', 2, 'Agricultural'),
    ('premises_use', 'other', 0.5, 'Other premises'),
    ('previous_outcome', 'concerns_found', 5, 'The last visit found indicators of exploitation or potential victims'),
    ('previous_outcome', 'referrals_made', 5, 'The last visit made referrals'),
    ('previous_outcome', 'nothing_found', -2, 'The last visit found nothing of concern'),
    ('days_since_visit', 'per_year', 2, 'Points per year since the last visit, up to three years'),
    ('days_since_visit', 'never_visited', 6, 'Points for a place never visited');
