-- People who sign in through the partnership's OpenID Connect provider get an account of ours at first sign-in, so they
-- can be made group members and deactivated here; they have no password, and `provider` names the issuer that vouches
-- for them (NULL for a local account), so a provider can never take over a local account of the same name.
ALTER TABLE accounts
    ALTER COLUMN password_hash DROP NOT NULL,
    ADD COLUMN provider text;
ALTER TABLE accounts ADD CONSTRAINT accounts_password_or_provider CHECK (password_hash IS NOT NULL OR provider IS NOT NULL);
