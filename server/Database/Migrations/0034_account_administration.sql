-- Administrators run accounts from the workspace (the e-mail column is 0025's reminder address): deactivation instead of deletion
-- (the audit log and group records name them), a one-time code that must be changed at first sign-in, and an
-- authenticator secret the user is enrolling but has not yet proved with a code.
ALTER TABLE accounts
    ADD COLUMN active boolean NOT NULL DEFAULT true,
    ADD COLUMN password_must_change boolean NOT NULL DEFAULT false,
    ADD COLUMN password_code_expires timestamptz,
    ADD COLUMN totp_pending_secret text;
