-- Issue #14, the search engine. Each node keeps its own Lucene index on local disk and follows this
-- change log (cn.xxgk.search.boundary.ChangeTail): one row per change of an entry that is or was
-- published, written by the triggers below in the same transaction as the change, so every path
-- (publication, a new version, a correction, an import) is logged without the catalogue knowing of
-- search. A row only names the entry; the index re-reads the entry's current state. Append-only: the
-- application's account may only read it (platform.control.DatabaseGrants); the triggers write it.
CREATE TABLE search_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    gov_info_id BIGINT      NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER search_change_no_update BEFORE UPDATE ON search_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'search_change is append-only';

CREATE TRIGGER search_change_no_delete BEFORE DELETE ON search_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'search_change is append-only';

CREATE TRIGGER gov_info_search_insert AFTER INSERT ON gov_info FOR EACH ROW
    INSERT INTO search_change (gov_info_id, changed_at)
    SELECT NEW.id, NOW(6) FROM DUAL WHERE NEW.state = 'PUBLISHED';

CREATE TRIGGER gov_info_search_update AFTER UPDATE ON gov_info FOR EACH ROW
    INSERT INTO search_change (gov_info_id, changed_at)
    SELECT NEW.id, NOW(6) FROM DUAL WHERE NEW.state = 'PUBLISHED' OR OLD.state = 'PUBLISHED';

-- What was published before this migration: a new index reads the log from its start.
INSERT INTO search_change (gov_info_id, changed_at)
SELECT id, NOW(6) FROM gov_info WHERE state = 'PUBLISHED' ORDER BY id;
