-- Five wrong passwords used to lock an account for 15 minutes, from anywhere: with predictable usernames anyone could
-- lock anyone out. Failures now hold back the address they came from, for that username and across usernames, each
-- further failure doubling the wait, while the owner signing in from elsewhere is not held back (issue #16).
-- Keyed by the username as typed, not the account, so an unknown username is held back exactly like a real one and
-- the back-off cannot tell which accounts exist. username '' is the address's row across all usernames.
CREATE TABLE sign_in_backoff (
    username text NOT NULL,
    origin text NOT NULL,
    failures integer NOT NULL,
    wait_until timestamptz,
    last_at timestamptz NOT NULL,
    PRIMARY KEY (username, origin)
);

-- What the owner is told at their next sign-in: how many failed since, and the last one's time and address.
ALTER TABLE accounts ADD COLUMN last_failed_at timestamptz, ADD COLUMN last_failed_from text;
