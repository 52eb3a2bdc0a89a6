-- Issue #15 items 3 and 4: administrative review and litigation cases about requests (report
-- section 四), and the assessment of the departments (seed 四): the applicants' ratings and the
-- commendation and accountability records.

-- An administrative review (行政复议) or a suit (行政诉讼) about a reply to a request. A suit after
-- a review names its review case when the office keeps it. result: cn.xxgk.remedy.entity.RemedyResult
-- (PENDING until decided). The defence deadline (e.g. 10 working days for a review) is a row of the
-- calendar's deadline table, opened when the office enters the day the copy was received.
CREATE TABLE remedy_case (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    request_id          BIGINT        NOT NULL,
    request_number      VARCHAR(24)   NOT NULL,
    kind                VARCHAR(24)   NOT NULL,   -- REVIEW, SUIT, SUIT_AFTER_REVIEW
    review_case_id      BIGINT        NULL,
    body                VARCHAR(100)  NOT NULL,   -- 复议机关 or 法院
    case_number         VARCHAR(100)  NULL,
    received_on         DATE          NOT NULL,
    decided_on          DATE          NULL,
    result              VARCHAR(16)   NOT NULL,
    defence_deadline_id BIGINT        NULL,
    note                VARCHAR(1000) NULL,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_remedy_case_request (request_id),
    INDEX ix_remedy_case_years (received_on, decided_on),
    CONSTRAINT fk_remedy_case_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id),
    CONSTRAINT fk_remedy_case_review FOREIGN KEY (review_case_id) REFERENCES remedy_case (id),
    CONSTRAINT fk_remedy_case_deadline FOREIGN KEY (defence_deadline_id) REFERENCES deadline (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The documents of a case (application copy, defence, decision, judgment): PDF or image, kept in
-- the row like the letters, never changed (a corrected document is another row).
CREATE TABLE remedy_document (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    case_id      BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_remedy_document_case (case_id),
    CONSTRAINT fk_remedy_document_case FOREIGN KEY (case_id) REFERENCES remedy_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER remedy_document_no_update BEFORE UPDATE ON remedy_document FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'remedy_document is append-only';

CREATE TRIGGER remedy_document_no_delete BEFORE DELETE ON remedy_document FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'remedy_document is append-only';

-- The applicant's rating of the reply (1-5), once per request (the unique key), after the reply.
-- department_id: the department of the request's handler when it was rated.
CREATE TABLE assessment_rating (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    request_id    BIGINT      NOT NULL,
    department_id BIGINT      NULL,
    score         INT         NOT NULL,
    rated_on      DATE        NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assessment_rating_once UNIQUE (request_id),
    CONSTRAINT ck_assessment_rating_score CHECK (score BETWEEN 1 AND 5),
    INDEX ix_assessment_rating_year (rated_on, department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER assessment_rating_no_update BEFORE UPDATE ON assessment_rating FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'assessment_rating is append-only';

CREATE TRIGGER assessment_rating_no_delete BEFORE DELETE ON assessment_rating FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'assessment_rating is append-only';

-- Commendation (表扬) and accountability (问责) records of a department in a year, with the reason.
-- Append-only: a mistaken record is answered by another record, never removed.
CREATE TABLE assessment_record (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    department_id BIGINT        NOT NULL,
    year          INT           NOT NULL,
    kind          VARCHAR(16)   NOT NULL,   -- COMMENDATION, ACCOUNTABILITY
    person        VARCHAR(100)  NULL,
    reason        VARCHAR(2000) NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_assessment_record_year (year, department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER assessment_record_no_update BEFORE UPDATE ON assessment_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'assessment_record is append-only';

CREATE TRIGGER assessment_record_no_delete BEFORE DELETE ON assessment_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'assessment_record is append-only';
