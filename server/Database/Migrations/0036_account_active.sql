-- A token is checked against the account on each request (AccountStates), so deactivating an account takes its rights
-- away within seconds. IF NOT EXISTS: the administration screens' migration adds the same column.
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS active boolean NOT NULL DEFAULT true;
