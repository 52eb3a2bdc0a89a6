-- The working-day calendar, the legal deadlines counted on it, and the reminders they cause.

-- A year whose arrangement of holidays and make-up working days is known (published by the State
-- Council and entered or imported by the office). A year without a row counts weekdays only.
CREATE TABLE calendar_year (
    year       INT          NOT NULL,
    source     VARCHAR(500) NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A day that differs from the weekday rule: a public holiday (off_day) or a weekend day made a
-- make-up working day (调休, off_day false).
CREATE TABLE calendar_day (
    day        DATE         NOT NULL,
    off_day    BOOLEAN      NOT NULL,
    name       VARCHAR(50)  NULL,
    reason     VARCHAR(500) NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One running legal time limit of some subject (a catalogue entry, a disclosure request ...).
-- The inputs (start, length, extension, pauses) are kept; due_date and provisional are derived
-- from the calendar and recomputed whenever it changes.
CREATE TABLE deadline (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    subject_type   VARCHAR(64)  NOT NULL,
    subject_id     VARCHAR(64)  NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    start_date     DATE         NOT NULL,
    working_days   INT          NOT NULL,
    extension_days INT          NOT NULL DEFAULT 0,
    responsible    VARCHAR(100) NULL,
    due_date       DATE         NULL,  -- null while a pause is open
    provisional    BOOLEAN      NOT NULL DEFAULT FALSE,
    closed_at      DATETIME(6)  NULL,
    -- the day the reminder planner last looked at this deadline: at most one look a day
    reminded_on    DATE         NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_deadline_open_due (closed_at, due_date),
    INDEX ix_deadline_reminded (closed_at, reminded_on, due_date),
    INDEX ix_deadline_subject (subject_type, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A pause of a deadline (e.g. a third-party consultation); resumed_on is null while it lasts.
CREATE TABLE deadline_pause (
    deadline_id BIGINT      NOT NULL,
    paused_from DATE        NOT NULL,
    resumed_on  DATE        NULL,
    reason      VARCHAR(200) NULL,
    PRIMARY KEY (deadline_id, paused_from),
    CONSTRAINT fk_deadline_pause FOREIGN KEY (deadline_id) REFERENCES deadline (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reminder given: at most one of a kind per deadline, recipient and day. The unique key is
-- what makes this hold through restarts and with two nodes.
CREATE TABLE reminder (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    deadline_id   BIGINT       NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    reminder_date DATE         NOT NULL,
    recipient     VARCHAR(100) NOT NULL,
    due_date      DATE         NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    read_at       DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_reminder_once UNIQUE (deadline_id, kind, reminder_date, recipient),
    INDEX ix_reminder_recipient (recipient, created_at),
    CONSTRAINT fk_reminder_deadline FOREIGN KEY (deadline_id) REFERENCES deadline (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mail to send, written in the same transaction as the change that causes it. A poller claims
-- rows with one UPDATE (claimed_by/claimed_until), so two nodes never send the same row; a
-- failed send is retried later (next_attempt_at) and nothing is deleted.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(200)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    reminder_id     BIGINT        NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000) NULL,
    claimed_by      VARCHAR(64)   NULL,
    claimed_until   DATETIME(6)   NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX ix_outbox_pending (sent_at, next_attempt_at),
    INDEX ix_outbox_claim (claimed_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A user's choice to receive no reminder mail except escalations (they still see them in the application).
CREATE TABLE notification_preference (
    username   VARCHAR(100) NOT NULL,
    mute_mail  BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
