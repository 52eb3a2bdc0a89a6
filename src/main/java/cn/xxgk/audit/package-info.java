/**
 * The append-only audit record (table audit_record): who did what to which object, when, with which
 * result, from where. Owns the audited-command interceptor, the recording of refusals (its own, the
 * container's 403 pages, and the platform's Refusal events), the hash chain that seals it (table
 * audit_seal) with its verification, and the screen that reads the record.
 * Depends on the platform alone, so that every component, identity included, can record here.
 */
package cn.xxgk.audit;
