package cn.xxgk.audit.entity;

/** How an audited action ended. */
public enum AuditResult {
    /** The action was performed. */
    SUCCESS,
    /** The action was refused: wrong role, wrong password, forged or expired request. */
    REFUSED,
    /** The action was allowed but failed (invalid data, conflict, error); nothing changed. */
    FAILED
}
