/**
 * Boundary of the audit component: AuditTrail (writes each record in a transaction of its own,
 * reads the latest), the {@code @Audited} binding and its interceptor that record every boundary
 * command's success, refusal or failure, and PlatformRefusals, which records the platform's
 * Refusal events.
 */
package cn.xxgk.audit.boundary;
