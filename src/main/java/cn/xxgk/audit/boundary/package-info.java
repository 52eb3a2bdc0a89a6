/**
 * Boundary of the audit component: AuditTrail (writes through AuditRecorder: a success in the
 * caller's transaction, a refusal or failure after it; reads the latest), the {@code @Audited}
 * binding and its interceptor that record every boundary command's success, refusal or failure,
 * and PlatformRefusals, which records the platform's Refusal events.
 */
package cn.xxgk.audit.boundary;
