-- The ranking an operation was planned with, kept when it is saved so that incidents recorded later do not reorder it
-- or change its explanation. Two kinds of copy: the planner's own (exact figures from their view), read by the planner
-- alone; and one banded copy per agency (incident pressure in bands from that agency's partner view, as an enforcement
-- officer ranks), read by everyone else of that agency who may see the operation. Only the operation's own targets.
CREATE TABLE visit_rankings (
    visit_id bigint NOT NULL REFERENCES visits ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('exact', 'banded')),
    -- exact: the planner's username; banded: an agency code
    reader text NOT NULL,
    ranked_by text NOT NULL,
    ranked_at timestamptz NOT NULL DEFAULT now(),
    targets jsonb NOT NULL,
    PRIMARY KEY (visit_id, kind, reader)
);
