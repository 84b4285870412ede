-- Where an account's daily reminder e-mail goes; NULL sends none (the in-app list still works).
ALTER TABLE accounts ADD COLUMN email text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');

-- One row per owner per day: claimed before sending, removed again if the send failed, so a restart (or a second
-- instance) the same day never sends twice and a failed day is tried again at the next check.
CREATE TABLE reminder_mails (
    username text NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
    sent_on date NOT NULL,
    address text NOT NULL,
    action_ids bigint[] NOT NULL,
    marking text NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (username, sent_on)
);
