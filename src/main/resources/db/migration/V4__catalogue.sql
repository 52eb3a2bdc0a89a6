-- Proactive disclosure: the information departments draft, its way through the review chain
-- (append-only steps), the gap-free index numbers of the catalogue, and where each published
-- entry appeared. Enumerated values (state, attribute, categories, channels) are stored by name;
-- their meaning lives in the Java enums of cn.xxgk.catalogue.entity.

-- Long free texts are TEXT (utf8mb4 VARCHARs would pass InnoDB's 64 KB row limit); the entity
-- limits their length. One piece of government information (政府信息), one row per version: a change after publication
-- is a new row whose previous_id points at the published one, so the catalogue keeps every version.
CREATE TABLE gov_info (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    department_id             BIGINT        NOT NULL,
    title                     VARCHAR(300)  NOT NULL,
    body_html                 MEDIUMTEXT    NOT NULL,   -- sanitised on the way in (jsoup safelist)
    body_text                 MEDIUMTEXT    NOT NULL,   -- the same as plain text: search and the API
    document_type             VARCHAR(20)   NULL,       -- 文种: 通告, 通知 ...
    document_number           VARCHAR(60)   NULL,       -- 文号: 郑大数据〔2019〕23号
    written_date              DATE          NOT NULL,   -- 成文日期
    subject_category          VARCHAR(48)   NOT NULL,   -- national top level
    subject_subcategory       VARCHAR(100)  NULL,       -- the agency's local second level
    key_content_category      VARCHAR(48)   NULL,       -- one of the eight of the bureau's rules
    official_document         BOOLEAN       NOT NULL,
    disclosure_attribute      VARCHAR(16)   NOT NULL,   -- PROACTIVE, ON_REQUEST, EXEMPT
    attribute_change_reason   TEXT          NULL,       -- when the office changed the proposal
    exemption_ground          VARCHAR(48)   NULL,       -- Arts. 14-16, mandatory when EXEMPT
    exemption_reason          TEXT          NULL,
    exemption_approved_by     VARCHAR(100)  NULL,
    exemption_approved_at     DATETIME(6)   NULL,
    consultation_question     TEXT          NULL,       -- to the municipal open-government office
    consultation_answer       TEXT          NULL,
    secrecy_question          TEXT          NULL,       -- a doubtful secrecy case
    secrecy_answer            TEXT          NULL,
    state                     VARCHAR(24)   NOT NULL,
    classification_level      VARCHAR(16)   NULL,       -- TOP_SECRET, SECRET, CONFIDENTIAL
    involves_other_agency     BOOLEAN       NOT NULL DEFAULT FALSE,
    other_agency_name         VARCHAR(200)  NULL,
    other_agency_confirmed_by VARCHAR(200)  NULL,
    other_agency_confirmed_at DATETIME(6)   NULL,
    other_agency_confirmation TEXT          NULL,
    signed_off_by             VARCHAR(100)  NULL,
    signed_off_at             DATETIME(6)   NULL,
    index_number              VARCHAR(64)   NULL,       -- MB1532375/2019-00045, set when catalogued
    published_date            DATE          NULL,       -- 发布日期
    info_version              INT           NOT NULL DEFAULT 1,
    previous_id               BIGINT        NULL,
    publication_deadline_id   BIGINT        NULL,
    last_comment              TEXT          NULL,       -- e.g. why it was returned
    created_by                VARCHAR(100)  NOT NULL,
    created_at                DATETIME(6)   NOT NULL,
    updated_by                VARCHAR(100)  NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_gov_info_index_number UNIQUE (index_number),
    CONSTRAINT fk_gov_info_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_gov_info_previous FOREIGN KEY (previous_id) REFERENCES gov_info (id),
    CONSTRAINT fk_gov_info_deadline FOREIGN KEY (publication_deadline_id) REFERENCES deadline (id),
    INDEX ix_gov_info_state (state, department_id),
    INDEX ix_gov_info_published (state, published_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The history of an item: every step of the chain, who took it, with which comment. Append-only.
CREATE TABLE gov_info_step (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    gov_info_id BIGINT        NOT NULL,
    step        VARCHAR(32)   NOT NULL,
    from_state  VARCHAR(24)   NULL,
    to_state    VARCHAR(24)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    comment     VARCHAR(2000) NULL,
    occurred_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_gov_info_step_item (gov_info_id, id),
    CONSTRAINT fk_gov_info_step_item FOREIGN KEY (gov_info_id) REFERENCES gov_info (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER gov_info_step_no_update BEFORE UPDATE ON gov_info_step FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'gov_info_step is append-only';

CREATE TRIGGER gov_info_step_no_delete BEFORE DELETE ON gov_info_step FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'gov_info_step is append-only';

-- The last serial given per organisation code and year. Cataloguing locks the row
-- (SELECT ... FOR UPDATE) and increments it in the cataloguing transaction: gap-free (a rolled
-- back cataloguing rolls the increment back too) and never reused.
CREATE TABLE index_serial (
    organisation_code VARCHAR(32) NOT NULL,
    year              INT         NOT NULL,
    last_serial       INT         NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (organisation_code, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where and when a published item appeared (seed 二(一)); part of the gov_info aggregate.
CREATE TABLE publication_channel (
    gov_info_id  BIGINT       NOT NULL,
    channel      VARCHAR(32)  NOT NULL,
    published_on DATE         NOT NULL,
    reference    VARCHAR(500) NULL,
    PRIMARY KEY (gov_info_id, channel),
    CONSTRAINT fk_publication_channel_item FOREIGN KEY (gov_info_id) REFERENCES gov_info (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
