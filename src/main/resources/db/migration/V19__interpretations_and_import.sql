-- Issue #14: the policy interpretation link (政策解读) and the historical import of a catalogue.

-- An interpretation entry explains one published document; a document may have several
-- interpretations. Both sides are gov_info rows of this component; the office links and unlinks.
CREATE TABLE gov_info_interpretation (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    interpretation_id BIGINT       NOT NULL,   -- the 政策解读 entry
    document_id       BIGINT       NOT NULL,   -- the entry it explains
    linked_by         VARCHAR(100) NOT NULL,
    linked_at         DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_interpretation_once UNIQUE (interpretation_id),
    CONSTRAINT ck_interpretation_not_itself CHECK (interpretation_id <> document_id),
    CONSTRAINT fk_interpretation_entry FOREIGN KEY (interpretation_id) REFERENCES gov_info (id),
    CONSTRAINT fk_interpretation_document FOREIGN KEY (document_id) REFERENCES gov_info (id),
    INDEX ix_interpretation_document (document_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An import job of the office head: its state survives a page reload (the screen polls it), the
-- refused rows of a check are kept as JSON for the screen and the API. The imported entries
-- themselves are ordinary published gov_info rows (with an IMPORTED step in their history).
CREATE TABLE catalogue_import (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    file_name      VARCHAR(255) NOT NULL,
    dry_run        BOOLEAN      NOT NULL,
    state          VARCHAR(16)  NOT NULL,   -- ImportState: CHECKING, IMPORTING, CHECKED, REFUSED, DONE, FAILED
    total_rows     INT          NOT NULL,
    done_rows      INT          NOT NULL DEFAULT 0,
    imported_rows  INT          NOT NULL DEFAULT 0,
    refusals       MEDIUMTEXT   NULL,       -- JSON array of {row, column, reason}
    failure        VARCHAR(2000) NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6)  NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_catalogue_import_creator (created_by, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
