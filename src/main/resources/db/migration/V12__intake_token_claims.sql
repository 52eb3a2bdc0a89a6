-- Issue #13, concurrent intake: an intake with an idempotency token claims the token here first
-- (INSERT IGNORE), in its own transaction with the request. A second submit of the same token waits
-- on that one row until the first commits (then it finds the first request and returns its receipt)
-- or rolls back (then it registers). Only submits of the same token wait for each other: intakes no
-- longer lock the year's request serial for their whole duration to serialise repeated tokens.
CREATE TABLE request_intake_claim (
    token      VARCHAR(64) NOT NULL,   -- the client's idempotency token, as disclosure_request.intake_token
    claimed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the tokens of the requests registered before: a replay of one of them finds its claim taken
INSERT INTO request_intake_claim (token)
SELECT intake_token FROM disclosure_request WHERE intake_token IS NOT NULL;

-- The rows of the request and letter serials exist before the year's first number: a serial is
-- taken with one INSERT ... ON DUPLICATE KEY UPDATE in the command's transaction
-- (cn.xxgk.platform.control.SerialRows), which only updates an existing row. Were the row created
-- by the year's first intake and that intake rolled back while others waited on the new row, the
-- waiters would deadlock on its gap (and one of them fail).
INSERT IGNORE INTO request_serial (year, last_serial)
WITH RECURSIVE years (y) AS (SELECT 2000 UNION ALL SELECT y + 1 FROM years WHERE y < 2099)
SELECT y, 0 FROM years;

INSERT IGNORE INTO request_letter_serial (year, last_serial)
WITH RECURSIVE years (y) AS (SELECT 2000 UNION ALL SELECT y + 1 FROM years WHERE y < 2099)
SELECT y, 0 FROM years;
