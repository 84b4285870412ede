-- Partnerships track actions as the Excel trackers do: each update note carries a red/amber/green status, and the
-- action keeps the latest one, so a plan, the pack and the live meeting read "amber: waiting on the landlord" at a glance.
ALTER TABLE plan_actions ADD COLUMN rag text CHECK (rag IN ('red', 'amber', 'green'));
ALTER TABLE action_comments ADD COLUMN rag text CHECK (rag IN ('red', 'amber', 'green'));
