-- Problem solving (OSARA): groups of named members, plans on areas, pinned annotations, actions, meetings.
-- plan_events is the plan's own timeline; every write also goes to audit_log in the same transaction.
CREATE TABLE problem_groups (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (length(trim(name)) > 0),
    chair text NOT NULL REFERENCES accounts (username),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE group_members (
    group_id bigint NOT NULL REFERENCES problem_groups ON DELETE CASCADE,
    username text NOT NULL REFERENCES accounts (username),
    PRIMARY KEY (group_id, username)
);
CREATE INDEX group_members_username ON group_members (username);

CREATE TABLE plans (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id bigint NOT NULL REFERENCES problem_groups,
    title text NOT NULL CHECK (length(trim(title)) > 0),
    status text NOT NULL DEFAULT 'scan' CHECK (status IN ('scan', 'analyse', 'respond', 'assess', 'closed')),
    priority text NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    classification text NOT NULL DEFAULT 'official' CHECK (classification IN ('official', 'official_sensitive')),
    review_on date,
    lead_agency text REFERENCES agencies,
    lead_officer text,
    objective text,
    impact text CHECK (impact IN ('eliminate', 'reduce', 'reduce_harm', 'handle_more_efficiently', 'hand_to_another_organisation')),
    target_reduction_percent double precision CHECK (target_reduction_percent > 0 AND target_reduction_percent <= 100),
    problem_statement text,
    evidence text,
    data_sources text[] NOT NULL DEFAULT '{}',
    offender text,
    victim text,
    place text,
    handler text,
    guardian text,
    manager text,
    repeat_type text CHECK (repeat_type IN ('repeat_victimisation', 'repeat_offending', 'repeat_location', 'repeat_target', 'no_repeat')),
    hypothesis text,
    responses text,
    response_started_on date,
    assessment text,
    version integer NOT NULL DEFAULT 1,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plans_group ON plans (group_id);

CREATE TABLE plan_areas (
    plan_id bigint NOT NULL REFERENCES plans ON DELETE CASCADE,
    area_id bigint NOT NULL REFERENCES areas,
    PRIMARY KEY (plan_id, area_id)
);

CREATE TABLE annotations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id bigint NOT NULL REFERENCES plans ON DELETE CASCADE,
    reply_to bigint REFERENCES annotations,
    pin geometry(Geometry, 27700) CHECK (pin IS NULL OR GeometryType(pin) IN ('POINT', 'POLYGON', 'MULTIPOLYGON')),
    text text NOT NULL CHECK (length(trim(text)) > 0),
    author text NOT NULL,
    agency text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    edited_at timestamptz,
    CHECK ((reply_to IS NULL) = (pin IS NOT NULL))
);
CREATE INDEX annotations_plan ON annotations (plan_id);

CREATE TABLE annotation_edits (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    annotation_id bigint NOT NULL REFERENCES annotations ON DELETE CASCADE,
    previous_text text NOT NULL,
    replaced_by text NOT NULL,
    replaced_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plan_actions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id bigint NOT NULL REFERENCES plans ON DELETE CASCADE,
    what text NOT NULL CHECK (length(trim(what)) > 0),
    owning_agency text NOT NULL REFERENCES agencies,
    owner text NOT NULL REFERENCES accounts (username),
    due_on date NOT NULL,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'blocked', 'cancelled')),
    objective text NOT NULL CHECK (objective IN ('prevention_and_early_resolution', 'partnership_problem_solving',
        'enforcement_and_diversion', 'evaluation')),
    completed_on date,
    version integer NOT NULL DEFAULT 1,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_actions_plan ON plan_actions (plan_id);
CREATE INDEX plan_actions_owner ON plan_actions (owner);

CREATE TABLE action_comments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id bigint NOT NULL REFERENCES plan_actions ON DELETE CASCADE,
    text text NOT NULL CHECK (length(trim(text)) > 0),
    author text NOT NULL,
    agency text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per change: what the timeline shows, and what a stale-version refusal quotes (subject + version).
CREATE TABLE plan_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id bigint NOT NULL REFERENCES plans ON DELETE CASCADE,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    username text NOT NULL,
    agency text NOT NULL,
    kind text NOT NULL,
    subject text NOT NULL,
    version integer,
    fields text[] NOT NULL DEFAULT '{}',
    summary text NOT NULL
);
CREATE INDEX plan_events_plan ON plan_events (plan_id, at);
CREATE INDEX plan_events_subject ON plan_events (subject, version);

CREATE TABLE meetings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id bigint NOT NULL REFERENCES problem_groups,
    held_at timestamptz NOT NULL,
    attendees text[] NOT NULL,
    minutes text NOT NULL DEFAULT '',
    decisions text[] NOT NULL DEFAULT '{}',
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meetings_group ON meetings (group_id, held_at);
