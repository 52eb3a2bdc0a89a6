-- Issue #13, login abuse. The hard lockout (5 wrong passwords lock the account for 15 minutes,
-- whoever typed them) is replaced by growing delays kept per client address and per account name,
-- in the database so that every node of a cluster applies the same ones.
--   throttle_key     'address:<ip>' (an IPv6 address by its /64 network) or 'account:<user name>'
--                    (lower case; unknown names too, so that they behave like real ones)
--   failures         attempts not proven right since the count was last forgotten
--   last_failure_at  the last such attempt; a count left alone long enough starts afresh
--   wait_until       no attempt with this key is checked before then
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(120) NOT NULL,
    failures        INT          NOT NULL DEFAULT 0,
    last_failure_at DATETIME(6)  NULL,
    wait_until      DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (throttle_key),
    INDEX ix_login_throttle_last_failure (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A password set by the office head (a new account's initial one) must be replaced by its owner
-- at the next login. The lockout columns are superseded by login_throttle.
ALTER TABLE app_user
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE AFTER password_hash,
    DROP COLUMN failed_logins,
    DROP COLUMN locked_until;
