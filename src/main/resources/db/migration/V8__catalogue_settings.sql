-- What the office configures for the catalogue (issue #4): the agency's second level under the 22
-- national subject categories, the publication channels (the seed's five, more may be added), and
-- the department responsible for each of the eight key content categories.

CREATE TABLE subject_subcategory (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    subject_category VARCHAR(48)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by       VARCHAR(100) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT uk_subject_subcategory UNIQUE (subject_category, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO subject_subcategory (subject_category, name, created_by, created_at) VALUES
    ('GENERAL_AFFAIRS', '政府信息公开制度', 'system', NOW(6)),
    ('GENERAL_AFFAIRS', '政府信息公开年度报告', 'system', NOW(6)),
    ('GENERAL_AFFAIRS', '机构职能', 'system', NOW(6)),
    ('FINANCE_AUDIT', '部门预决算', 'system', NOW(6)),
    ('INDUSTRY_TRANSPORT', '大数据产业', 'system', NOW(6)),
    ('LABOUR_PERSONNEL_SUPERVISION', '人事信息', 'system', NOW(6));

-- Codes of the seed's channels are those stored on published entries since V4 (publication_channel.channel).
CREATE TABLE publication_channel_kind (
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    position   INT          NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    built_in   BOOLEAN      NOT NULL DEFAULT FALSE,
    version    BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (code),
    CONSTRAINT uk_publication_channel_kind_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO publication_channel_kind (code, name, position, built_in) VALUES
    ('MUNICIPAL_PORTAL', '郑州市政府网站', 1, TRUE),
    ('BUREAU_WEBSITE', '本局网站', 2, TRUE),
    ('ZHENGZHOU_DAILY', '郑州日报', 3, TRUE),
    ('ZHENGZHOU_TV', '郑州电视台', 4, TRUE),
    ('SERVICE_HANDBOOK', '服务手册、服务指南', 5, TRUE);

-- An entry's channel must be a known one from now on.
ALTER TABLE publication_channel
    ADD CONSTRAINT fk_publication_channel_kind FOREIGN KEY (channel) REFERENCES publication_channel_kind (code);

-- NULL department: the seed's default (KeyContentCategory.responsibleDepartment) applies.
CREATE TABLE key_content_responsibility (
    category      VARCHAR(48) NOT NULL,
    department_id BIGINT      NULL,
    version       BIGINT      NOT NULL DEFAULT 1,
    PRIMARY KEY (category),
    CONSTRAINT fk_key_content_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO key_content_responsibility (category) VALUES
    ('DECISIONS'), ('CIVIL_SERVANTS'), ('BIG_DATA_INDUSTRY'), ('RETIRED_CADRES'), ('CADRE_APPOINTMENTS'),
    ('BUDGET'), ('PROCUREMENT'), ('PARTY_INTEGRITY');
