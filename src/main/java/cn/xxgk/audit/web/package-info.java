/**
 * Web layer of the audit component: the audit log screen (AuditLogView) and the filter that records
 * the pages the container refused (RefusalRecorder).
 */
package cn.xxgk.audit.web;
