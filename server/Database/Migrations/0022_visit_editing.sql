-- Operations change after they are planned: each change is made on the version the planner read, and the
-- change log names who changed which fields, so a conflicting edit is refused with who and when (as plans do).
ALTER TABLE visits
    ADD COLUMN version integer NOT NULL DEFAULT 1,
    -- the problem-solving plan the operation serves: follow-up actions from its visits become that plan's actions
    ADD COLUMN plan_id bigint REFERENCES plans ON DELETE SET NULL,
    -- false: the route is re-optimised on every read; true: the planner's order in visit_targets.position stands
    ADD COLUMN manual_order boolean NOT NULL DEFAULT false;

ALTER TABLE visit_targets ADD COLUMN position integer;

CREATE TABLE visit_changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    visit_id bigint NOT NULL REFERENCES visits ON DELETE CASCADE,
    version integer NOT NULL,
    username text NOT NULL,
    agency text NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    fields text[] NOT NULL,
    summary text NOT NULL,
    UNIQUE (visit_id, version)
);

-- A follow-up recorded on a visit: it becomes an action of the operation's plan at once, or when a plan is linked.
CREATE TABLE visit_follow_ups (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outcome_id bigint NOT NULL REFERENCES visit_outcomes ON DELETE CASCADE,
    what text NOT NULL CHECK (length(trim(what)) > 0),
    owning_agency text NOT NULL REFERENCES agencies,
    owner text NOT NULL,
    due_on date NOT NULL,
    action_id bigint REFERENCES plan_actions ON DELETE SET NULL,
    -- why it is not an action yet (no plan linked, or the owner is not in the plan's group); kept, never dropped
    waiting_reason text
);
CREATE INDEX visit_follow_ups_outcome ON visit_follow_ups (outcome_id);
