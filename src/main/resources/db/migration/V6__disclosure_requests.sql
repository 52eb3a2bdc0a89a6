-- Disclosure on request (依申请公开): the requests, their append-only timeline, consultations of
-- third parties and other agencies, the letters referenced in a report back to the municipal
-- office, and the gap-free request numbers per year. Enumerated values are stored by name; their
-- meaning lives in the Java enums of cn.xxgk.request.entity.
--
-- Personal data: the identity document number is never stored in plain. id_number_cipher holds
-- AES-GCM (format byte, 96-bit IV, ciphertext and tag) under the key xxgk.crypto.id-key;
-- id_number_hash is HMAC-SHA256 under xxgk.crypto.lookup-key (look-ups, repeat detection);
-- id_number_masked is the form every normal read shows (4101**********1234).

CREATE TABLE request_serial (
    year        INT    NOT NULL,
    last_serial INT    NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE disclosure_request (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    request_number          VARCHAR(24)    NOT NULL,   -- 2026-0001, a part 2026-0001-1
    parent_id               BIGINT         NULL,       -- the request a part was split from
    part_no                 INT            NULL,
    channel                 VARCHAR(16)    NOT NULL,   -- IN_PERSON, POST, FAX, EMAIL, FORWARDED, ONLINE
    received_on             DATE           NOT NULL,
    applicant_type          VARCHAR(16)    NOT NULL,   -- NATURAL_PERSON, LEGAL_PERSON
    organisation_kind       VARCHAR(32)    NULL,       -- the five columns of the annual report
    applicant_name          VARCHAR(200)   NOT NULL,
    contact_person          VARCHAR(100)   NULL,
    id_document_type        VARCHAR(32)    NOT NULL,
    id_number_cipher        VARBINARY(255) NOT NULL,
    id_number_hash          BINARY(32)     NOT NULL,
    id_number_masked        VARCHAR(64)    NOT NULL,
    phone                   VARCHAR(40)    NULL,
    email                   VARCHAR(200)   NULL,
    postal_address          VARCHAR(500)   NULL,
    postcode                VARCHAR(10)    NULL,
    description             TEXT           NOT NULL,   -- the information sought
    matter_hash             BINARY(32)     NOT NULL,   -- SHA-256 of the normalised description
    form_wanted             VARCHAR(16)    NOT NULL,
    delivery_wanted         VARCHAR(16)    NOT NULL,
    handover_from           VARCHAR(200)   NULL,       -- forwarded requests: the handover record
    handover_on             DATE           NULL,
    handover_what           TEXT           NULL,
    handover_reference      VARCHAR(100)   NULL,
    state                   VARCHAR(32)    NOT NULL,
    handler                 VARCHAR(100)   NOT NULL,   -- responsible for the reply deadline
    clock_start_on          DATE           NULL,       -- Art. 31, set on acceptance
    accepted_on             DATE           NULL,
    reply_deadline_id       BIGINT         NULL,
    correction_notice_on    DATE           NULL,
    correction_due_on       DATE           NULL,
    correction_notice_text  TEXT           NULL,
    correction_received_on  DATE           NULL,
    extension_granted_days  INT            NOT NULL DEFAULT 0,
    extension_pending_days  INT            NULL,
    extension_reason        TEXT           NULL,
    extension_requested_by  VARCHAR(100)   NULL,
    extension_requested_at  DATETIME(6)    NULL,
    outcome                 VARCHAR(32)    NULL,       -- the annual report's result rows
    outcome_reason          VARCHAR(48)    NULL,
    reply_text              TEXT           NULL,
    how_to_obtain           TEXT           NULL,
    replied_on              DATE           NULL,
    reply_letter_id         BIGINT         NULL,       -- the letter component's letter, if made there
    delivered_by            VARCHAR(16)    NULL,
    delivered_on            DATE           NULL,
    delivery_reference      VARCHAR(200)   NULL,
    not_request_note        TEXT           NULL,       -- Art. 39
    repeat_of_id            BIGINT         NULL,
    report_result           TEXT           NULL,       -- report back to the municipal office
    reported_back_on        DATE           NULL,
    reported_back_by        VARCHAR(100)   NULL,
    intake_token            VARCHAR(64)    NULL,       -- the client's idempotency token
    query_code_hash         BINARY(32)     NULL,       -- HMAC of the applicant's query code
    created_by              VARCHAR(100)   NOT NULL,
    created_at              DATETIME(6)    NOT NULL,
    updated_by              VARCHAR(100)   NOT NULL,
    updated_at              DATETIME(6)    NOT NULL,
    version                 BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_disclosure_request_number UNIQUE (request_number),
    CONSTRAINT uk_disclosure_request_token UNIQUE (intake_token),
    CONSTRAINT fk_disclosure_request_parent FOREIGN KEY (parent_id) REFERENCES disclosure_request (id),
    CONSTRAINT fk_disclosure_request_repeat FOREIGN KEY (repeat_of_id) REFERENCES disclosure_request (id),
    CONSTRAINT fk_disclosure_request_deadline FOREIGN KEY (reply_deadline_id) REFERENCES deadline (id),
    INDEX ix_disclosure_request_state (state, handler),
    INDEX ix_disclosure_request_applicant (id_number_hash, matter_hash),
    INDEX ix_disclosure_request_query (query_code_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A consultation of a third party (Art. 32) or another agency (Arts. 33-34); the reply clock is
-- paused from sent_on to answered_on. Part of the request aggregate.
CREATE TABLE request_consultation (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    request_id           BIGINT        NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,   -- THIRD_PARTY, AGENCY
    party                VARCHAR(200)  NOT NULL,
    matter               TEXT          NOT NULL,
    sent_on              DATE          NOT NULL,
    answer_deadline_id   BIGINT        NULL,
    answer               VARCHAR(16)   NULL,       -- CONSENT, REFUSAL, SILENCE
    answered_on          DATE          NULL,
    answer_text          TEXT          NULL,
    override_reason      TEXT          NULL,       -- public interest (Art. 32): disclosed anyway
    override_notice_text TEXT          NULL,       -- the written notice to the third party
    override_notice_on   DATE          NULL,
    override_letter_id   BIGINT        NULL,
    override_by          VARCHAR(100)  NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_request_consultation_request (request_id, id),
    CONSTRAINT fk_request_consultation_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id),
    CONSTRAINT fk_request_consultation_deadline FOREIGN KEY (answer_deadline_id) REFERENCES deadline (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The letters (of the letter component) sent with the report back to the municipal office.
CREATE TABLE request_report_letter (
    request_id BIGINT NOT NULL,
    letter_id  BIGINT NOT NULL,
    PRIMARY KEY (request_id, letter_id),
    CONSTRAINT fk_request_report_letter_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The timeline of a request: every step, who took it, and the reply due date after it (so that
-- every deadline change is visible). Append-only.
CREATE TABLE request_step (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    request_id   BIGINT        NOT NULL,
    step         VARCHAR(40)   NOT NULL,
    from_state   VARCHAR(32)   NULL,
    to_state     VARCHAR(32)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    comment      VARCHAR(2000) NULL,
    reply_due_on DATE          NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_request_step_request (request_id, id),
    CONSTRAINT fk_request_step_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER request_step_no_update BEFORE UPDATE ON request_step FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'request_step is append-only';

CREATE TRIGGER request_step_no_delete BEFORE DELETE ON request_step FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'request_step is append-only';
