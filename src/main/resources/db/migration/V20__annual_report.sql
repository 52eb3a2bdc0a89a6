-- Issue #15 (part yearreport): the annual report on government information disclosure in the
-- national format (国办公开办函〔2021〕30号), one per year. The office writes sections 一, 五 and 六
-- and enters the figures of section 二 the system does not hold; the request table (三) is computed
-- from the requests. The office head approves and publishes; publication freezes the report: its
-- JSON, PDF/A and XLSX are kept here and the row can no longer change (trigger below).

CREATE TABLE annual_report (
    id                     BIGINT         NOT NULL AUTO_INCREMENT,
    report_year            INT            NOT NULL,
    state                  VARCHAR(16)    NOT NULL,   -- DRAFT, APPROVED, PUBLISHED
    overview_text          TEXT           NULL,       -- 一、总体情况
    problems_text          TEXT           NULL,       -- 五、存在的主要问题及改进情况
    other_text             TEXT           NULL,       -- 六、其他需要报告的事项
    fees_collected         DECIMAL(12, 2) NULL,       -- 六: 信息处理费 collected (元), when fees exist
    rules_made             INT            NULL,       -- 二: 规章 本年制发件数
    rules_repealed         INT            NULL,       --      本年废止件数
    rules_in_force         INT            NULL,       --      现行有效件数
    normative_made         INT            NULL,       -- 二: 行政规范性文件
    normative_repealed     INT            NULL,
    normative_in_force     INT            NULL,
    licensing_decisions    INT            NULL,       -- 二: 行政许可 本年处理决定数量
    punishment_decisions   INT            NULL,       -- 二: 行政处罚
    enforcement_decisions  INT            NULL,       -- 二: 行政强制
    admin_fees_amount      DECIMAL(14, 4) NULL,       -- 二: 行政事业性收费 本年收费金额（万元）
    approved_by            VARCHAR(100)   NULL,
    approved_at            DATETIME(6)    NULL,
    published_by           VARCHAR(100)   NULL,
    published_on           DATE           NULL,
    published_json         LONGTEXT       NULL,
    published_pdf          LONGBLOB       NULL,
    published_xlsx         LONGBLOB       NULL,
    updated_by             VARCHAR(100)   NOT NULL,
    updated_at             DATETIME(6)    NOT NULL,
    version                BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_report_year UNIQUE (report_year),
    INDEX ix_annual_report_published (state, report_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A published report is the agency's public record: it never changes (no BEFORE DELETE trigger, so
-- the account keeps DELETE rights it never uses; DatabaseGrants treats only those as append-only).
CREATE TRIGGER annual_report_published_is_final BEFORE UPDATE ON annual_report FOR EACH ROW
BEGIN
    IF OLD.state = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published annual report never changes';
    END IF;
END;

-- The annual request table counts by the day a request ended, over every request up to a year's
-- end: a covering index keeps that a scan of the index, not of the wide request rows.
CREATE INDEX ix_disclosure_request_tally ON disclosure_request
    (received_on, state, applicant_type, organisation_kind, outcome, outcome_reason, replied_on);
