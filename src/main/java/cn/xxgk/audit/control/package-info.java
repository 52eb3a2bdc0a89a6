/**
 * Control of the audit component: where a call came from (RequestOrigin: the client address,
 * X-Forwarded-For believed from trusted proxies only) and AuditWriter, which writes a record in a
 * transaction of its own, also once a command's transaction has completed (AfterCompletion).
 */
package cn.xxgk.audit.control;
