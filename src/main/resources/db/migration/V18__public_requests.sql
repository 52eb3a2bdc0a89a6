-- Issue #14 items 2 and 3: requests filed online on the portal and their status by query code.
--
-- Art. 31(3): a request filed online is received on the day both sides confirm it. The applicant
-- confirms by filing; the office confirms with the step 确认收到, whose day is kept here. Until then
-- the request has no reply clock. Null for every other channel.
ALTER TABLE disclosure_request
    ADD COLUMN receipt_confirmed_on DATE NULL AFTER accepted_on,
    -- the applicant asked to be told of the confirmation by e-mail (the address is in the sealed contact)
    ADD COLUMN notify_by_email BOOLEAN NOT NULL DEFAULT FALSE AFTER receipt_confirmed_on;

-- Counts of the portal's anonymous calls per key in fixed windows, in the database so that every
-- node applies the same limits:
--   throttle_key  'file:<address>' (filing a request), 'status:<address>' and 'status-number:<number>'
--                 (reading a status, so guessing query codes is slow from one address and against one request)
--   window_start  the start of the current window; a call after the window restarts the count
--   hits          the calls counted in the window
CREATE TABLE public_throttle (
    throttle_key VARCHAR(160) NOT NULL,
    window_start DATETIME(6)  NOT NULL,
    hits         INT          NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (throttle_key),
    INDEX ix_public_throttle_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The portal's challenges already answered (request.control.PublicChallenge): a challenge counts for
-- one filing only. The same filing sent twice (same intake token) may show it again: it gives the
-- same request. Rows go once the challenge has expired.
CREATE TABLE public_challenge_spent (
    nonce        VARCHAR(64)  NOT NULL,
    intake_token VARCHAR(64)  NULL,
    expires_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (nonce),
    INDEX ix_public_challenge_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
