-- The authenticator time step that last signed each account in, so a code seen once cannot sign in again, nor an
-- older one still inside the clock-drift window (RFC 6238 §5.2).
ALTER TABLE accounts ADD COLUMN totp_last_step bigint;
