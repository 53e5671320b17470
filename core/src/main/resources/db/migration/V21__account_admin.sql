-- People management by administrators. MySQL syntax; also runs on H2 in MySQL mode.
-- session_version counts the events after which earlier sign-ins must stop counting: a password
-- reset or change, switching the account off. A signed-in session remembers the number it started
-- with and ends on its next page when the number moved on.
ALTER TABLE users ADD COLUMN session_version INT NOT NULL DEFAULT 0;
