-- The platform schema: the agency, its departments, the people who use the system, their roles,
-- and the append-only audit record. utf8mb4 and DATETIME(6) are written out on purpose: the
-- server default may be latin1, and DATETIME without a fraction loses the order of fast events.
-- Every mutable table has a numeric version column for optimistic locking.

CREATE TABLE agency (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_code VARCHAR(32)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_agency_code UNIQUE (organisation_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE department (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    agency_id  BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_department_name UNIQUE (agency_id, name),
    CONSTRAINT fk_department_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person known to the system: a local account (password_hash set) or an SSO user created at
-- first login (sso_subject set). The office links them to a department.
CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    email           VARCHAR(200) NULL,
    department_id   BIGINT       NULL,
    sso_subject     VARCHAR(255) NULL,
    password_hash   VARCHAR(255) NULL,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    last_login_at   DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT uk_app_user_sso_subject UNIQUE (sso_subject),
    CONSTRAINT fk_app_user_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roles granted locally by the office; part of the app_user aggregate (its version covers them).
CREATE TABLE role_assignment (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_role_assignment_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what to which object, when, with which result, from where. Append-only: no code path
-- updates or deletes a row, and the triggers below refuse it even to a hand-written statement.
CREATE TABLE audit_record (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    action         VARCHAR(64)   NOT NULL,
    object_type    VARCHAR(64)   NULL,
    object_id      VARCHAR(255)  NULL,
    result         VARCHAR(16)   NOT NULL,
    detail         VARCHAR(1000) NULL,
    client_address VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_occurred (occurred_at),
    INDEX ix_audit_actor (actor, occurred_at),
    INDEX ix_audit_object (object_type, object_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';

CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';
