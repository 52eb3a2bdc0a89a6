-- Issue #15 item 5, the archive (DA/T 22-2015: the 件 is the unit). Each closed request and each
-- published entry is sealed once into a package of files under XXGK_ARCHIVE_DIR; this schema keeps
-- the rule that gives its retention period, the gap-free 件号 per year and retention, the package
-- rows (append-only: a package is never altered) and the year runs with their progress.

-- The office's retention rule: the most specific row (kind and classifier) wins, '*' matches any.
-- classifier: a request's outcome (ReplyOutcome or the final state) or an entry's key content category.
CREATE TABLE archive_rule (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    kind       VARCHAR(16)  NOT NULL,
    classifier VARCHAR(64)  NOT NULL,
    retention  VARCHAR(8)   NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_archive_rule UNIQUE (kind, classifier)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO archive_rule (kind, classifier, retention, updated_by, updated_at) VALUES
    ('REQUEST', '*', 'D10', 'system', NOW(6)),
    ('REQUEST', 'NOT_DISCLOSED', 'D30', 'system', NOW(6)),
    ('REQUEST', 'PARTIALLY_DISCLOSED', 'D30', 'system', NOW(6)),
    ('ENTRY', '*', 'D30', 'system', NOW(6)),
    ('ENTRY', 'DECISIONS', 'Y', 'system', NOW(6)),
    ('ENTRY', 'CADRE_APPOINTMENTS', 'Y', 'system', NOW(6));

-- The next 件号 of a year and retention period; locked while a package is sealed, so numbers are
-- gap-free (a failed sealing rolls its number back).
CREATE TABLE archive_serial (
    archive_year INT        NOT NULL,
    retention    VARCHAR(8) NOT NULL,
    last_serial  INT        NOT NULL,
    version      BIGINT     NOT NULL DEFAULT 0,
    PRIMARY KEY (archive_year, retention)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- One sealed package; the unique key on the archived object makes a re-run skip what is sealed.
CREATE TABLE archive_package (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    archive_number  VARCHAR(64)   NOT NULL,
    archive_year    INT           NOT NULL,
    retention       VARCHAR(8)    NOT NULL,
    item_no         INT           NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    object_id       BIGINT        NOT NULL,
    reference       VARCHAR(64)   NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    classifier      VARCHAR(64)   NOT NULL,
    directory       VARCHAR(200)  NOT NULL,
    manifest_sha256 CHAR(64)      NOT NULL,
    file_count      INT           NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sealed_by       VARCHAR(100)  NOT NULL,
    sealed_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_archive_package_number UNIQUE (archive_number),
    CONSTRAINT uq_archive_package_object UNIQUE (kind, object_id),
    KEY ix_archive_package_year (archive_year, retention, item_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER archive_package_no_update BEFORE UPDATE ON archive_package FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'archive_package is append-only';

CREATE TRIGGER archive_package_no_delete BEFORE DELETE ON archive_package FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'archive_package is append-only';

-- A year's run: its state and progress survive a reload and a restart; a run that stopped is resumed.
CREATE TABLE archive_run (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    archive_year INT           NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    total        INT           NOT NULL DEFAULT 0,
    done         INT           NOT NULL DEFAULT 0,
    sealed       INT           NOT NULL DEFAULT 0,
    message      VARCHAR(1000),
    started_by   VARCHAR(100)  NOT NULL,
    started_at   DATETIME(6)   NOT NULL,
    progress_at  DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6),
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_archive_run_year (archive_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
