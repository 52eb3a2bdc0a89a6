-- Issue #13, the audit chain. Each audit row is sealed once, in the order the sealer finds it
-- committed, by a row here: seq counts 1, 2, 3 ... without a gap; hash is the SHA-256 (hex) of the
-- previous seal's hash and the audit row's content (audit.control.AuditChain says how exactly), so
-- changing, removing or reordering an audited row or a seal breaks the chain from there on, and the
-- verification names the first broken seal. Seals are a table of their own because the
-- application's account may not UPDATE audit_record (platform.control.DatabaseGrants) and because
-- sealing after the commit keeps the commands from queueing behind one "last hash".
CREATE TABLE audit_seal (
    seq       BIGINT      NOT NULL,
    audit_id  BIGINT      NOT NULL,
    hash      CHAR(64)    NOT NULL,
    sealed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uq_audit_seal_record UNIQUE (audit_id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

CREATE TRIGGER audit_seal_no_update BEFORE UPDATE ON audit_seal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_seal is append-only';

CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_seal is append-only';
