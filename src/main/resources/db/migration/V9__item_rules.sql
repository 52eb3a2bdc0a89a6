-- The information item's rules (issue #12): a classified item keeps only its metadata, with who
-- classified it and when; a sign-off records the agency's delegation it was given under; a step
-- that records a past event keeps the stated day beside the real moment of recording; the agency's
-- sign-off delegation is one setting row.

ALTER TABLE gov_info
    ADD COLUMN classified_by       VARCHAR(100) NULL AFTER classification_level,
    ADD COLUMN classified_at       DATETIME(6)  NULL AFTER classified_by,
    ADD COLUMN sign_off_delegation VARCHAR(48)  NULL AFTER signed_off_at;  -- SignOffDelegation, by name

-- gov_info_step stays append-only (its V4 triggers refuse UPDATE and DELETE of rows).
ALTER TABLE gov_info_step
    ADD COLUMN stated_on DATE NULL AFTER occurred_at;  -- the day a recorded past event happened

-- Classified content never stays in this system (secrecy law; seed 三): items classified before
-- this version lose their body and their attachment rows now, and get their classifier from the
-- history. (Their stored files, if no other row names them, are no longer reachable.)
UPDATE gov_info g
SET g.body_html = '', g.body_text = '',
    g.classified_by = (SELECT s.actor FROM gov_info_step s
                       WHERE s.gov_info_id = g.id AND s.step = 'CLASSIFIED' ORDER BY s.id DESC LIMIT 1),
    g.classified_at = (SELECT s.occurred_at FROM gov_info_step s
                       WHERE s.gov_info_id = g.id AND s.step = 'CLASSIFIED' ORDER BY s.id DESC LIMIT 1)
WHERE g.state = 'CLASSIFIED';

DELETE a FROM gov_info_attachment a JOIN gov_info g ON g.id = a.gov_info_id WHERE g.state = 'CLASSIFIED';

-- Seed 三(四): the principal leader signs official documents. An agency may let the leader in
-- charge sign them too; off until the office head records the leadership's decision.
CREATE TABLE sign_off_delegation_setting (
    id                                     INT          NOT NULL,
    official_documents_by_leader_in_charge BOOLEAN      NOT NULL DEFAULT FALSE,
    changed_by                             VARCHAR(100) NULL,
    changed_at                             DATETIME(6)  NULL,
    version                                BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT ck_sign_off_delegation_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO sign_off_delegation_setting (id) VALUES (1);
