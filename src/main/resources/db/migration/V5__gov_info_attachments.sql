-- Attachments of government information (issue #4, item 7). The file itself lives outside the web
-- root in the attachment store (xxgk.attachments.dir), content-addressed by its SHA-256: a row names
-- the stored file by storage_key and carries the checksum the store verifies on every read. Rows of
-- several items (a new version carries its predecessor's attachments) may share one stored file.
-- The store writes the file before the row is inserted: a failed insert leaves at most a file no row
-- names, which is harmless (identical content is stored once anyway) and never a row without a file.
CREATE TABLE gov_info_attachment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    gov_info_id  BIGINT        NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,   -- the uploader's name, sanitised for display and download
    media_type   VARCHAR(100)  NOT NULL,   -- detected from the content, never taken from the client
    size_bytes   BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,   -- lower-case hex
    storage_key  VARCHAR(200)  NOT NULL,
    uploaded_by  VARCHAR(100)  NOT NULL,
    uploaded_at  DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_gov_info_attachment_item (gov_info_id, id),
    INDEX ix_gov_info_attachment_key (storage_key),
    CONSTRAINT fk_gov_info_attachment_item FOREIGN KEY (gov_info_id) REFERENCES gov_info (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
