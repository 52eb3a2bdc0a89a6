/**
 * Control of the audit component: where a call came from (RequestOrigin: the client address,
 * X-Forwarded-For believed from trusted proxies only) and AuditRecorder, which writes a success in
 * the caller's transaction and a refusal or failure after it (AuditWriter, AfterCompletion); the
 * hash chain over the record (AuditChain seals, AuditChainCheck verifies, on plain JDBC).
 */
package cn.xxgk.audit.control;
