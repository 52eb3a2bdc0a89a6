/**
 * Control of the audit component: where a call came from (RequestOrigin: the client address,
 * X-Forwarded-For believed from trusted proxies only).
 */
package cn.xxgk.audit.control;
