/**
 * Entities of the audit component: AuditRecord (table audit_record, append-only) and its result.
 */
package cn.xxgk.audit.entity;
